#pragma once

#include <QString>
#include <QVariant>

#include <functional>

namespace hpg {

// The application's settings (QSettings, default scope) without waiting for the disk on the
// window's thread. QSettings writes a change when its object goes away: the whole file, synced
// (QSaveFile), which behind a busy disk took 530 ms on the window's thread (BENCH uistall: the list
// of maintenance notices shown, remembered after a look at the fleet; the browser's selection is
// remembered on every click).
//
// Changes are written in order on a thread of their own, several at a time when they come
// quickly. Until a change is on disk, value() returns it: this process always reads its own
// newest writes. Everything queued is written when the application ends, or by flush().
// value() reads from memory: the file is read once, and again only when it changed under this
// process (another process wrote it, or a QSettings of this one), which a stat() tells.
// Keys are exact: remove() of a group is not supported (use QSettings for arrays and groups).
class AppSettings
{
public:
    static QVariant value(const QString &key, const QVariant &defaultValue = {});
    static void setValue(const QString &key, const QVariant &value);
    static void remove(const QString &key);
    // Waits until every change queued is on disk (tests; another process about to read the file).
    static void flush();
    // Tests: runs on the writer's thread before each batch of changes is written (empty: none).
    static void setBeforeWriteForTests(std::function<void()> hook);
};

} // namespace hpg
