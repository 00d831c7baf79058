#pragma once

#include "journal.h"
#include "runbookregistry.h"
#include "runbookservices.h"

#include <QCoreApplication>

#include <optional>

namespace hpg {

// "Bring the app back": the way out of a run that stopped (paused, failed, crashed) with its app
// down, before its point of no return (the unfollow). A runbook of its own, journaled and
// resumable: it scales the app back to the formation the run remembered, turns maintenance mode
// off (unless it was on before) and resumes the Heroku Connect connections the run paused; the
// old database stays the primary. The interrupted run is marked as given up, so that it is no
// longer offered. After the point of no return, bringing the app back means finishing the run.
//
// A run whose kind has `undo` steps (a copy) has them run first: its copy cancelled, the new
// database destroyed when the DBA chose so (`destroyTarget`).
//
// Parameters: app, from (the interrupted journal's id), from_title, from_kind, from_parameters,
// resources (its locks).
// Values copied from the interrupted journal: findings, formation_before, maintenance_on_at, the
// new database's names (follower_name, target_name, target_id), transfer_id; and destroy_target.
class BringBack
{
    Q_DECLARE_TR_FUNCTIONS(hpg::BringBack)
public:
    static constexpr const char *kKind = "bring-back";

    static RunbookKind kind();
    // True when `journal` took its app down and no point-of-no-return step of it has acted.
    static bool canUndo(const Journal &journal);
    // A new bring-back journal for `interrupted`, saved, with `interrupted` saved as given up;
    // nullopt and `error` (translated) when the run is open in a window or cannot be undone.
    static std::optional<Journal> start(const Journal &interrupted, const RunbookServices &services, QString *error,
                                        bool destroyTarget = false);
};

} // namespace hpg
