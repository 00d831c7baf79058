#pragma once

#include <QByteArray>
#include <QException>
#include <QString>

namespace hpg::sandbox {

// The exception every future of the PostgreSQL layer fails with. It is a QException so that
// QtConcurrent hands it to QFuture::result()/waitForFinished() as is (a std::runtime_error would
// arrive wrapped in QUnhandledException without its message). Catch it as `const std::exception &`
// and read what(), or as PgError and read message().
class PgError : public QException
{
public:
    explicit PgError(const QString &message)
        : m_message(message)
        , m_utf8(message.toUtf8())
    { }

    const char *what() const noexcept override { return m_utf8.constData(); }
    QString message() const { return m_message; }

    void raise() const override { throw *this; }
    PgError *clone() const override { return new PgError(*this); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace hpg::sandbox
