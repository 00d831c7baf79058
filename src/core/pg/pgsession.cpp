#include "pgsession.h"

#include "core/threads/workerpool.h"
#include "pgsessionworker.h"
#include "sslpolicy.h"

#include <QFuture>
#include <QPointer>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace hpg {

namespace {

const QStringList managedKeywords = {
    QStringLiteral("host"),
    QStringLiteral("hostaddr"),
    QStringLiteral("port"),
    QStringLiteral("dbname"),
    QStringLiteral("user"),
    QStringLiteral("password"),
    QStringLiteral("sslmode"),
    QStringLiteral("application_name"),
    QStringLiteral("fallback_application_name"),
    QStringLiteral("connect_timeout"),
    QStringLiteral("client_encoding"),
    QStringLiteral("keepalives"),
    QStringLiteral("keepalives_idle"),
    QStringLiteral("keepalives_interval"),
    QStringLiteral("keepalives_count"),
    QStringLiteral("tcp_user_timeout"),
};

void registerMetaTypes()
{
    static const bool registered = [] {
        qRegisterMetaType<hpg::PgSessionError>();
        qRegisterMetaType<hpg::PgSessionResult>();
        qRegisterMetaType<hpg::PgConnectionParameters>();
        return true;
    }();
    Q_UNUSED(registered)
}

} // namespace

PgSession::PgSession(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_cancel(std::make_shared<PgCancelHandle>())
{
    registerMetaTypes();
    m_thread->setObjectName(QStringLiteral("PgSession"));
    m_worker = new PgSessionWorker(m_cancel);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &PgSessionWorker::opened, this, &PgSession::onOpened);
    connect(m_worker, &PgSessionWorker::openFailed, this, &PgSession::onOpenFailed);
    connect(m_worker, &PgSessionWorker::lost, this, &PgSession::onLost);
    connect(m_worker, &PgSessionWorker::finished, this, &PgSession::onFinished);
    m_thread->start();
}

PgSession::~PgSession()
{
    m_worker->disconnect(this);
    // The worker closes its connection and is deleted on its own thread; the thread's event
    // loop is never blocked in libpq, so this returns as soon as the queued call has run.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            delete worker;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
}

QList<QPair<QByteArray, QByteArray>> PgSession::connectionParameters(const ConnInfo &conn)
{
    QList<QPair<QByteArray, QByteArray>> params;
    auto add = [&params](const char *keyword, const QString &value) {
        if (!value.isEmpty())
            params.append({ QByteArray(keyword), value.toUtf8() });
    };
    add("host", conn.host());
    if (conn.port() > 0)
        add("port", QString::number(conn.port()));
    add("dbname", conn.database());
    add("user", conn.user());
    add("password", conn.password());
    add("sslmode", SslPolicy::modeFor(conn)); // Heroku Postgres requires SSL; never fall back to plain text
    for (const auto &[keyword, value] : conn.options()) {
        if (!managedKeywords.contains(keyword) && ConnInfo::isLibpqKeyword(keyword))
            add(keyword.toUtf8().constData(), value);
    }
    add("application_name", QString::fromLatin1(applicationName));
    add("client_encoding", QStringLiteral("UTF8"));
    add("connect_timeout", QString::number((defaultConnectTimeoutMs + 999) / 1000));
    add("keepalives", QStringLiteral("1"));
    add("keepalives_idle", QStringLiteral("30"));
    add("keepalives_interval", QStringLiteral("10"));
    add("keepalives_count", QStringLiteral("3"));
    add("tcp_user_timeout", QStringLiteral("60000"));
    return params;
}

void PgSession::open(const ConnInfo &conn)
{
    m_callbacks.clear();
    m_backendPid = 0;
    m_serverVersion = 0;
    setState(State::Connecting);
    const PgConnectionParameters parameters = connectionParameters(conn);
    const int timeout = m_connectTimeoutMs;
    const quint64 generation = ++m_generation;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, parameters, timeout, generation] { worker->open(parameters, timeout, generation); },
        Qt::QueuedConnection);
}

void PgSession::close()
{
    ++m_generation;
    m_callbacks.clear();
    m_backendPid = 0;
    QMetaObject::invokeMethod(m_worker, &PgSessionWorker::close, Qt::QueuedConnection);
    setState(State::Closed);
}

quint64 PgSession::exec(const QString &sql, const QStringList &parameters, Callback done)
{
    const quint64 id = m_nextId++;
    m_callbacks.insert(id, std::move(done));
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, sql, parameters] { worker->exec(id, sql, parameters); },
        Qt::QueuedConnection);
    return id;
}

void PgSession::cancel()
{
    QPointer<PgSession> self(this);
    QtConcurrent::run(workerPool(), [handle = m_cancel] {
        return handle->send();
    }).then(this, [self](const QString &error) {
        if (self)
            emit self->cancelSent(error);
    });
}

void PgSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void PgSession::onOpened(quint64 generation, int backendPid, int serverVersion)
{
    if (generation != m_generation || m_state != State::Connecting)
        return;
    m_backendPid = backendPid;
    m_serverVersion = serverVersion;
    setState(State::Connected);
    emit opened();
}

void PgSession::onOpenFailed(quint64 generation, const PgSessionError &error)
{
    if (generation != m_generation || m_state != State::Connecting)
        return;
    setState(State::Closed);
    emit openFailed(error);
}

void PgSession::onLost(quint64 generation, const PgSessionError &error)
{
    if (generation != m_generation || m_state != State::Connected)
        return;
    m_backendPid = 0;
    setState(State::Closed);
    emit connectionLost(error);
}

void PgSession::onFinished(quint64 id, const PgSessionResult &result)
{
    const auto it = m_callbacks.find(id);
    if (it == m_callbacks.end())
        return; // from a connection that was closed since
    const Callback callback = std::move(it.value());
    m_callbacks.erase(it);
    QPointer<PgSession> self(this);
    if (callback)
        callback(result); // may close or even delete this session
    if (self)
        emit finished(id, result);
}

} // namespace hpg
