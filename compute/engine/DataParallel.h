#pragma once

#include "compute/engine/TrainingConfig.h"

#include <QCoreApplication>

#include <memory>

namespace kcat::engine {

class Network;

// The data-parallel process group of one rank: LibTorch c10d ProcessGroupGloo over a TCPStore served by
// rank 0 at masterHost:masterPort. Construction blocks until every rank has joined.
class DataParallelGroup {
    Q_DECLARE_TR_FUNCTIONS(kcat::engine::DataParallelGroup)

public:
    // Throws std::runtime_error with a message naming the master address when the group cannot form.
    explicit DataParallelGroup(const DataParallelConfig& config);
    ~DataParallelGroup();

    int rank() const;
    int worldSize() const;
    // Copies rank 0's parameters to every rank.
    void broadcastParameters(Network& network);
    // Averages the gradients over the ranks (one all-reduce of all gradients flattened together) and
    // returns whether any rank asked to stop (its stop flag travels in the same message).
    bool averageGradients(Network& network, bool stopRequested);
    // Sums values over the ranks (counts for accuracy, loss sums).
    void sum(std::vector<double>& values);
    void barrier();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace kcat::engine
