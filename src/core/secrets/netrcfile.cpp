#include "netrcfile.h"

#include <QFile>

namespace hpg {

namespace {

struct Token
{
    QString text;
    int line = 0;
    bool quoted = false;
};

class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    { }

    // Where the last token (or the unterminated quote) started.
    int tokenLine() const { return m_tokenLine; }

    // The next token; false at the end or on an error (then `error` is set).
    bool next(Token *token, bool *unterminated)
    {
        *unterminated = false;
        while (true) {
            skipSpace();
            if (atEnd())
                return false;
            if (peek() != QLatin1Char('#'))
                break;
            while (!atEnd() && peek() != QLatin1Char('\n'))
                ++m_pos;
        }
        token->line = m_line;
        m_tokenLine = m_line;
        token->text.clear();
        token->quoted = peek() == QLatin1Char('"');
        if (token->quoted) {
            ++m_pos;
            while (true) {
                if (atEnd()) {
                    *unterminated = true;
                    return false;
                }
                QChar c = take();
                if (c == QLatin1Char('"'))
                    break;
                if (c == QLatin1Char('\\') && !atEnd())
                    c = take();
                token->text.append(c);
            }
            return true;
        }
        while (!atEnd() && !peek().isSpace())
            token->text.append(take());
        return true;
    }

    // A macro body runs from the line after `macdef NAME` to the next empty line.
    void skipMacroBody()
    {
        while (!atEnd() && take() != QLatin1Char('\n')) { }
        while (!atEnd()) {
            const qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_pos);
            const qsizetype stop = end < 0 ? m_text.size() : end;
            const bool empty = QStringView(m_text).mid(m_pos, stop - m_pos).trimmed().isEmpty();
            m_pos = end < 0 ? m_text.size() : end + 1;
            if (end >= 0)
                ++m_line;
            if (empty)
                break;
        }
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return m_text.at(m_pos); }
    QChar take()
    {
        const QChar c = m_text.at(m_pos++);
        if (c == QLatin1Char('\n'))
            ++m_line;
        return c;
    }
    void skipSpace()
    {
        while (!atEnd() && peek().isSpace())
            take();
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_tokenLine = 1;
};

} // namespace

std::optional<NetrcFile> NetrcFile::parse(const QString &text, QString *error)
{
    NetrcFile file;
    Lexer lexer(text);
    Entry *current = nullptr;
    Token token;
    bool unterminated = false;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto unterminatedMessage = [&] {
        return tr("Line %1 of the .netrc file opens a quoted value that never closes.").arg(lexer.tokenLine());
    };

    while (lexer.next(&token, &unterminated)) {
        const QString keyword = token.quoted ? QString() : token.text;
        const int line = token.line;
        const bool takesValue = keyword == QLatin1String("machine") || keyword == QLatin1String("login")
            || keyword == QLatin1String("password") || keyword == QLatin1String("account")
            || keyword == QLatin1String("macdef");
        Token value;
        if (takesValue && !lexer.next(&value, &unterminated)) {
            if (unterminated)
                return fail(unterminatedMessage());
            return fail(tr("On line %1 of the .netrc file, “%2” has no value after it.").arg(line).arg(keyword));
        }
        if (keyword == QLatin1String("machine") || keyword == QLatin1String("default")) {
            Entry entry;
            entry.isDefault = keyword == QLatin1String("default");
            entry.machine = entry.isDefault ? QString() : value.text;
            entry.line = line;
            file.m_entries.append(entry);
            current = &file.m_entries.last();
        } else if (keyword == QLatin1String("macdef")) {
            lexer.skipMacroBody();
        } else if (current && keyword == QLatin1String("login")) {
            current->login = value.text;
        } else if (current && keyword == QLatin1String("password")) {
            current->password = value.text;
        } else if (current && keyword == QLatin1String("account")) {
            current->account = value.text;
        }
    }
    if (unterminated)
        return fail(unterminatedMessage());
    return file;
}

std::optional<NetrcFile> NetrcFile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return NetrcFile();
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The file %1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(QString::fromUtf8(file.readAll()), error);
}

std::optional<NetrcFile::Entry> NetrcFile::find(const QString &machine, bool useDefault) const
{
    for (const Entry &entry : m_entries) {
        if (!entry.isDefault && entry.machine.compare(machine, Qt::CaseInsensitive) == 0)
            return entry;
    }
    if (useDefault) {
        for (const Entry &entry : m_entries) {
            if (entry.isDefault)
                return entry;
        }
    }
    return std::nullopt;
}

} // namespace hpg
