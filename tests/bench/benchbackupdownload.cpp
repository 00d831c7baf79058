// Backup download (issue 15): acme-blog's database is filled to about 250 MB (not timed) and
// backed up on the sandbox; its public URL is then fetched alternately by hpgdesk's BackupDownload
// (what Backups ▸ Download… runs: a .part file, the size and header checked at the end) and by
// `curl -s -o FILE URL`, three times each, in the same run. Ends with
// `BENCH backupdownload: bytes=… ours_s=… curl_s=… ratio=<curl/ours, best of 3 each> target=0.9`.
#include "../core/runbooks/switchfixture.h"
#include "benchreport.h"
#include "core/backups/backupdownload.h"
#include "core/heroku/backupclient.h"
#include "core/heroku/transfer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>

#include <cstdio>

using namespace hpg;
using hpgbench::seconds;

namespace {

const QString kApp = QStringLiteral("acme-blog");

bool fail(const QString &problem)
{
    std::printf("the backup download benchmark could not run: %s\n", qPrintable(problem));
    return false;
}

bool run()
{
    SwitchFixture f;
    QString problem;
    if (!f.start(&problem))
        return fail(problem);
    const QString url = f.configVars(kApp).value(QStringLiteral("DATABASE_URL"));
    const auto filled = sql(url, QStringLiteral("CREATE TABLE bench_payload AS SELECT g AS id, repeat(md5(g::text), 6) "
                                                "AS payload FROM generate_series(1, 1100000) AS g"));
    if (!filled.ok)
        return fail(filled.error);
    const QString addonId = f.attachmentsOf(QStringLiteral("postgresql-acme-blog")).first().addonId;
    const ApiResult started = SwitchFixture::wait(BackupClient(f.api.get()).capture(addonId));
    if (!started.ok())
        return fail(started.error.userText());
    const QString uuid = Transfer::fromJson(started.object()).uuid;
    Transfer backup;
    const bool finished = QTest::qWaitFor(
        [&] {
            backup = Transfer::fromJson(SwitchFixture::wait(f.data->transfer(kApp, uuid, false)).object());
            return backup.isFinished();
        },
        600000);
    if (!finished || backup.state() != Transfer::State::Completed)
        return fail(QStringLiteral("the backup did not complete"));
    std::printf("backup %s: %s MB\n", qPrintable(backup.name()),
                qPrintable(QString::number(double(backup.processedBytes) / 1e6, 'f', 0)));

    // curl trusts the sandbox's certificate, as a DBA's would (--cacert).
    const QString certificate = f.admin("GET", QStringLiteral("/_sandbox/tls")).value(QStringLiteral("backups_certificate")).toString();
    qint64 bestOurs = -1;
    qint64 bestCurl = -1;
    for (int round = 0; round < 3; ++round) {
        const QString ours = f.dir.filePath(QStringLiteral("ours-%1.dump").arg(round));
        QElapsedTimer clock;
        clock.start();
        BackupDownload download(f.api.get(), kApp, backup.num, backup.processedBytes, ours);
        QSignalSpy done(&download, &BackupDownload::finished);
        download.start();
        if (!done.wait(600000) || !done.first().at(0).toBool())
            return fail(done.isEmpty() ? QStringLiteral("timeout") : done.first().at(1).toString());
        const qint64 oursMs = clock.elapsed();
        QFile::remove(ours);

        // curl gets its own public URL, as a DBA pasting `heroku pg:backups:url` would.
        const ApiResult link = SwitchFixture::wait(BackupClient(f.api.get()).publicUrl(kApp, backup.num));
        if (!link.ok())
            return fail(link.error.userText());
        const QString theirs = f.dir.filePath(QStringLiteral("curl-%1.dump").arg(round));
        clock.restart();
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   { QStringLiteral("-s"), QStringLiteral("-f"), QStringLiteral("--cacert"), certificate,
                     QStringLiteral("-o"), theirs,
                     link.object().value(QStringLiteral("url")).toString() });
        if (!curl.waitForFinished(600000) || curl.exitCode() != 0)
            return fail(QStringLiteral("curl failed: %1").arg(QString::fromUtf8(curl.readAllStandardError())));
        const qint64 curlMs = clock.elapsed();
        if (QFileInfo(theirs).size() != backup.processedBytes)
            return fail(QStringLiteral("curl's file has the wrong size"));
        QFile::remove(theirs);
        std::printf("  round %d: hpgdesk %s s, curl %s s\n", round + 1, qPrintable(seconds(oursMs)),
                    qPrintable(seconds(curlMs)));
        bestOurs = bestOurs < 0 ? oursMs : qMin(bestOurs, oursMs);
        bestCurl = bestCurl < 0 ? curlMs : qMin(bestCurl, curlMs);
    }
    f.sandbox.stop();
    std::printf("BENCH backupdownload: bytes=%lld ours_s=%s curl_s=%s ratio=%.2f target=0.9\n",
                static_cast<long long>(backup.processedBytes), qPrintable(seconds(bestOurs)),
                qPrintable(seconds(bestCurl)), double(bestCurl) / double(qMax<qint64>(1, bestOurs)));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("benchbackupdownload"));
    return run() ? 0 : 1;
}
