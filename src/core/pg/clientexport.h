#pragma once

#include "conninfo.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hpg {

// Hands one credential of a database to another client as a file that client reads:
//
//   LibpqService  a [NAME] section merged into a pg_service.conf (other services kept), used
//                 as psql "service=NAME"; with the password, a line merged into a .pgpass (0600)
//   PgAdmin       a pgAdmin 4 servers.json import file (Tools ▸ Import/Export Servers); pgAdmin
//                 imports no passwords, so with the password its PassFile names a .pgpass (0600)
//   DBeaver       a DBeaver data-sources.json (the connection merged into an existing one);
//                 with the password, user and password in its configuration and the file 0600
//
// The password is left out unless asked for. Every file says which credential it carries.
class ClientExport
{
    Q_DECLARE_TR_FUNCTIONS(hpg::ClientExport)
public:
    enum class Target { LibpqService, PgAdmin, DBeaver };

    struct Options
    {
        Target target = Target::LibpqService;
        QString name; // the service's or the connection's name
        QString credential; // "default" or the credential's name
        QString addonName; // the database, named in comments
        ConnInfo connection;
        bool includePassword = false;
        QString path; // pg_service.conf, servers.json or data-sources.json
        QString passFile; // the .pgpass written with the password (LibpqService, PgAdmin)
    };

    // $PGSERVICEFILE, else ~/.pg_service.conf; $PGPASSFILE, else ~/.pgpass.
    static QString defaultServiceFile();
    static QString defaultPassFile();
    static QString defaultPath(Target target);

    // A translated sentence saying what is wrong with the options; empty when they can be written.
    static QString check(const Options &options);

    // What would be written to `path`, with the password as *** (for the dialog's preview).
    static QString preview(const Options &options);

    // Writes (merges) the files. On failure returns false and a translated sentence in `error`;
    // `written` lists the files written.
    static bool write(const Options &options, QStringList *written, QString *error);

    // The pieces, for tests and the preview.
    static QString serviceSection(const Options &options);
    static QString mergeServiceFile(const QString &existing, const QString &name, const QString &section);
    static QString mergePgpass(const QString &existing, const ConnInfo &connection);
    static QByteArray pgAdminServers(const QByteArray &existing, const Options &options);
    static QByteArray dbeaverDataSources(const QByteArray &existing, const Options &options);

private:
    static QString comment(const Options &options);
    static QByteArray content(const QByteArray &existing, const Options &options);
};

} // namespace hpg
