#pragma once

#include "compute/core/ConcurrentJob.h"
#include "topics/core/TokenizedCorpus.h"

namespace kcat::topics {

// Lets topic-model work run as a core::ConcurrentJob: progress goes to the job, its cancel flag stops the
// work.
inline Progress progressOf(core::JobControl& control) {
    Progress p;
    p.report = [&control](qint64 done, qint64 total) { control.report(done, total); };
    p.cancelled = [&control] { return control.isCancelled(); };
    return p;
}

} // namespace kcat::topics
