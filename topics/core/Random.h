#pragma once

#include <QtGlobal>

namespace kcat::topics {

// xoshiro256** (Blackman & Vigna): fast, seedable, the same stream on every platform.
class Random {
public:
    explicit Random(quint64 seed) {
        quint64 z = seed;
        for (quint64& s : m_s) {
            // splitmix64 expands the seed into the state.
            z += 0x9e3779b97f4a7c15ULL;
            quint64 x = z;
            x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
            x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
            s = x ^ (x >> 31);
        }
    }
    quint64 next() {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return int(uniform() * n); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

} // namespace kcat::topics
