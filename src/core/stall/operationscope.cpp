#include "operationscope.h"

#include "stallprobe.h"

namespace hpg {

OperationScope::OperationScope(const char *label)
{
    StallProbe *probe = StallProbe::instance();
    if (!probe || !probe->ownsCurrentThread())
        return;
    m_probe = probe;
    m_probe->enter(label);
}

OperationScope::~OperationScope()
{
    // The probe may have gone (a benchmark's scenario ended) while the scope was open.
    if (m_probe && m_probe == StallProbe::instance())
        m_probe->leave();
}

} // namespace hpg
