#pragma once

// Writes small label files for the crowd tests.

#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <vector>

inline QString writeText(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(text);
    return path;
}

// Fleiss (1971) / Wikipedia "Fleiss' kappa" worked example: 10 subjects, 14 raters, 5 categories.
inline QByteArray fleissExampleTsv() {
    const int counts[10][5] = {{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0},
                               {2, 2, 8, 1, 1},  {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2},
                               {6, 5, 2, 1, 0},  {0, 2, 2, 3, 7}};
    QByteArray out;
    for (int s = 0; s < 10; ++s) {
        int rater = 0;
        for (int c = 0; c < 5; ++c)
            for (int k = 0; k < counts[s][c]; ++k)
                out += QStringLiteral("s%1\tr%2\tc%3\n").arg(s + 1).arg(++rater).arg(c + 1).toUtf8();
    }
    return out;
}

// Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: 4 observers × 12 units,
// nominal data with missing values (0 = missing). Published nominal α = 0.743.
inline QByteArray krippendorffExampleTsv() {
    const int data[4][12] = {{1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0},
                             {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3},
                             {0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0},
                             {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0}};
    const char* observers[4] = {"A", "B", "C", "D"};
    QByteArray out;
    for (int o = 0; o < 4; ++o)
        for (int u = 0; u < 12; ++u)
            if (data[o][u] != 0)
                out += QStringLiteral("u%1\t%2\tv%3\n")
                           .arg(u + 1)
                           .arg(QLatin1String(observers[o]))
                           .arg(data[o][u])
                           .toUtf8();
    return out;
}

// Cohen's κ, hand-computed: 50 items, (yes,yes) 20, (yes,no) 5, (no,yes) 10, (no,no) 15.
// p_o = 0.7, p_e = 0.5·0.6 + 0.5·0.4 = 0.5, κ = 0.4.
inline QByteArray cohenExampleTsv() {
    QByteArray out;
    int item = 0;
    auto add = [&](const char* a, const char* b, int n) {
        for (int k = 0; k < n; ++k) {
            ++item;
            out += QStringLiteral("i%1\tA\t%2\ni%1\tB\t%3\n")
                       .arg(item)
                       .arg(QLatin1String(a), QLatin1String(b))
                       .toUtf8();
        }
    };
    add("yes", "yes", 20);
    add("yes", "no", 5);
    add("no", "yes", 10);
    add("no", "no", 15);
    return out;
}
