#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace hpg {

// A parsed ~/.netrc, the file where the Heroku CLI keeps its token when it
// does not use the keychain (machine api.heroku.com, login = e-mail,
// password = token).
//
// The grammar is the one ftp, curl and Python read: tokens separated by any
// white space, so an entry may sit on one line or span several;
// `machine NAME`, `default`, `login`, `password`, `account`; `macdef NAME`
// followed by a macro body that runs to the next empty line (skipped);
// "double quoted" tokens with backslash escapes; `#` at the start of a token
// comments out the rest of the line. Unknown keywords are skipped.
class NetrcFile
{
    Q_DECLARE_TR_FUNCTIONS(hpg::NetrcFile)
public:
    struct Entry
    {
        QString machine; // empty for the default entry
        bool isDefault = false;
        QString login;
        QString password;
        QString account;
        int line = 0; // where the entry starts, 1-based
    };

    // Errors (translated) name lines and keywords, never values.
    static std::optional<NetrcFile> parse(const QString &text, QString *error = nullptr);
    // A missing file is an empty NetrcFile, not an error.
    static std::optional<NetrcFile> load(const QString &path, QString *error = nullptr);

    QList<Entry> entries() const { return m_entries; }
    // The first entry for `machine` (compared without case), else the
    // default entry, else nothing.
    std::optional<Entry> find(const QString &machine, bool useDefault = true) const;

private:
    QList<Entry> m_entries;
};

} // namespace hpg
