#pragma once

namespace hpg {

class PlatformClient;
class DataClient;
class ConnectClient;
class AuditLog;

// What a runbook talks to. `connect` may be null (Heroku Connect steps then
// report that they cannot check); `audit` null writes no audit log.
struct RunbookServices
{
    PlatformClient *platform = nullptr;
    DataClient *data = nullptr;
    ConnectClient *connect = nullptr;
    AuditLog *audit = nullptr;
};

} // namespace hpg
