#pragma once

#include <QString>

namespace hpg {

class PlatformClient;
class DataClient;
class ConnectClient;
class AuditLog;

// What a runbook talks to, and for whom. `connect` may be null (Heroku Connect steps then
// report that they cannot check); `audit` null writes no audit log. `apiUrl` and `account`
// (the signed-in account's email, never a token) are recorded in a new run's journal, and
// a journal recorded for another API or account is refused.
struct RunbookServices
{
    PlatformClient *platform = nullptr;
    DataClient *data = nullptr;
    ConnectClient *connect = nullptr;
    AuditLog *audit = nullptr;
    QString apiUrl;
    QString account;
};

} // namespace hpg
