#include "compute/compression/Compression.h"

namespace kcat::compression {

void registerAdmmKinds();
void registerQuantizeKinds();
void registerPrmKind();

void registerCompression() {
    static bool done = false;
    if (done)
        return;
    done = true;
    registerAdmmKinds();
    registerQuantizeKinds();
    registerPrmKind();
}

} // namespace kcat::compression
