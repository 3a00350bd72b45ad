// One rank of the data-parallel equivalence test: trains DdpCase's configuration as rank R of N with the
// master at 127.0.0.1:PORT and writes its final parameters (float32, native order) to OUT.
//   engine_ddp_rank R N PORT OUT
#include "DdpCase.h"

#include "compute/engine/Network.h"
#include "compute/engine/Trainer.h"

#include <cstdio>
#include <cstdlib>
#include <exception>

int main(int argc, char** argv) {
    using namespace kcat::engine;
    if (argc != 5) {
        std::fprintf(stderr, "usage: engine_ddp_rank RANK WORLD_SIZE PORT OUT\n");
        return 2;
    }
    try {
        TrainingConfig config = test::ddpCase();
        config.parallel.rank = std::atoi(argv[1]);
        config.parallel.worldSize = std::atoi(argv[2]);
        config.parallel.masterHost = QStringLiteral("127.0.0.1");
        config.parallel.masterPort = std::atoi(argv[3]);
        Trainer trainer(config, nullptr);
        const TrainingResult result = trainer.run();
        const std::vector<float> weights = trainer.network()->flatParameters();
        std::FILE* out = std::fopen(argv[4], "wb");
        if (!out || std::fwrite(weights.data(), sizeof(float), weights.size(), out) != weights.size()) {
            std::fprintf(stderr, "cannot write %s\n", argv[4]);
            return 1;
        }
        std::fclose(out);
        std::printf("rank %s: %lld steps, test accuracy %.4f\n", argv[1],
                    static_cast<long long>(result.steps), result.finalMetrics.at("test_accuracy"));
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "rank %s failed: %s\n", argv[1], e.what());
        return 1;
    }
}
