#pragma once

#include "core/runbooks/runbookservices.h"

#include <QCoreApplication>
#include <QObject>

class QWidget;

namespace hpg {

class Journal;
class MessageBanner;

// After sign-in: offers every unfinished run of the signed-in API's journal folder (any
// registered kind) in the banner, newest first, each resumed through its wizard; and names
// the journal files that cannot be read (corrupt, unreadable, from a newer version) instead
// of dropping them, with a dialog to export or remove them.
//
// A run that stopped with its app down gets the red banner instead: which app, since when,
// what the run left in place (maintenance mode, dynos at 0, Heroku Connect paused), and two
// ways out: resume the run, or bring the app back (BringBack before the run's point of no
// return; after it, finishing the run brings the app up on the new database).
class UnfinishedRuns : public QObject
{
    Q_OBJECT
public:
    UnfinishedRuns(MessageBanner *banner, MessageBanner *downBanner, QWidget *window);

    // Looks in Journal::defaultDir(services.apiUrl) (or `dir`) and fills the banners; again
    // whenever a wizard it opened closes. False when there is nothing to offer.
    bool offer(const RunbookServices &services, const QString &dir = {});
    // After sign-out: the runs are not this session's to offer any more.
    void clear();
    // Opens the run at `path` in its wizard (read again from disk).
    void open(const QString &path);
    // When an unfinished run holds `app` (changes in place: maintenance mode, dynos down, Heroku
    // Connect paused), says so and offers to open the run instead of `action`; true then.
    bool offerHoldingRun(const QString &app, const QString &action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool refresh();
    void bringBack(const QString &path);
    void offerAppDown(const Journal &journal);
    void watch(QWidget *wizard);

    MessageBanner *m_banner;
    MessageBanner *m_downBanner;
    QWidget *m_window;
    RunbookServices m_services;
    QString m_dir;
};

} // namespace hpg
