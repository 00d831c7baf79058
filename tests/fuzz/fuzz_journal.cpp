// A runbook journal file as found on disk (possibly corrupt, truncated or from another version):
// whatever loads must save and load again to the same steps and events.
#include "core/runbooks/journal.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto journal = hpg::Journal::fromBytes(bytes, QStringLiteral("/nonexistent/journal.json"), &error);
    if (!journal) {
        if (error.isEmpty())
            __builtin_trap(); // refused without saying why
        return 0;
    }
    (void)journal->isUnfinished();
    (void)journal->ownerMismatch(QStringLiteral("http://127.0.0.1:5000"), QStringLiteral("dba@example.com"));
    const QJsonObject json = journal->toJson();
    const hpg::Journal again = hpg::Journal::fromJson(json, QStringLiteral("/nonexistent"));
    if (again.steps().size() != journal->steps().size() || again.events().size() != journal->events().size()
        || again.status() != journal->status() || again.id() != journal->id())
        __builtin_trap(); // a round trip lost something
    return 0;
}
