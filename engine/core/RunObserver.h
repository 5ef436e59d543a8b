#pragma once
// RunObserver: what a run tells whoever records it (the store's Recorder), on the runner's controlling
// thread.
#include <cstddef>

#include "core/Prepared.h"
#include "core/Snapshot.h"

namespace tb {

class RunObserver {
public:
    virtual ~RunObserver() = default;
    virtual void onStart(const Prepared& prepared, const Snapshot& initial) { (void)prepared, (void)initial; }
    /// Checkpoint `cp` has been aggregated: snapshot.seriesStats[..][..][cp] is new.
    virtual void onCheckpoint(std::size_t cp, const Snapshot& snapshot) { (void)cp, (void)snapshot; }
    /// The run is about to wait (paused) with every checkpoint so far reported: a good time to write out
    /// what is pending, so that other readers of the store see where the run stands.
    virtual void onIdle() {}
    /// The run ended (finished, interrupted or failed); `snapshot` is final.
    virtual void onFinish(const Snapshot& snapshot) { (void)snapshot; }
};

} // namespace tb
