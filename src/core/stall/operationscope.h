#pragma once

// What the GUI thread is doing, for the stall probe: a cheap RAII label set around work that may
// take long on that thread (tree fills, model resets, journal saves, keychain reads, process
// starts). Nothing happens unless the probe is on; on other threads it does nothing.
//
//     const hpg::OperationScope scope("browser: tree fill");

#include <atomic>

namespace hpg {

class StallProbe;

class OperationScope
{
public:
    // `label` must outlive the scope: a string literal.
    explicit OperationScope(const char *label);
    ~OperationScope();
    OperationScope(const OperationScope &) = delete;
    OperationScope &operator=(const OperationScope &) = delete;

private:
    StallProbe *m_probe = nullptr; // the probe that took the label; null when off or not its thread
};

} // namespace hpg
