#include "attachmentsteps.h"

#include "core/heroku/attachment.h"
#include "core/heroku/dataclient.h"
#include "core/heroku/platformclient.h"
#include "core/runbooks/stepcontext.h"

#include <QJsonArray>

namespace hpg {

namespace {

using Link = SwitchFindings::Link;

QString linkKey(const Link &link)
{
    return link.app + QLatin1Char('/') + link.name + QLatin1Char('/') + link.nameSpace;
}

QList<Link> missingLinks(const QList<Link> &wanted, const QList<Attachment> &present)
{
    QList<Link> missing;
    for (const Link &link : wanted) {
        bool found = false;
        for (const Attachment &a : present)
            found = found || (a.appName == link.app && a.name == link.name && a.nameSpace == link.nameSpace);
        if (!found)
            missing.append(link);
    }
    return missing;
}

bool isPool(const Link &link)
{
    return link.nameSpace.startsWith(QLatin1String("connection-pooling:"));
}

} // namespace

Step AttachmentSteps::reattach(const FollowerSpec &primary, const Links &links, const QString &reattachedKey)
{
    Step s;
    s.id = QStringLiteral("reattach");
    s.title = tr("Attach connection pools and other apps to the new primary");
    s.needed = [links](const QJsonObject &values) {
        return !links(values).isEmpty();
    };
    s.cli = [primary, links](const QJsonObject &values) {
        QStringList lines;
        for (const Link &link : links(values)) {
            if (SwitchFindings::isDefaultPool(link))
                continue; // pg:promote re-attaches the default pool itself
            if (isPool(link))
                lines.append(QStringLiteral("heroku pg:connection-pooling:attach DATABASE_URL --as %1 -a %2")
                                 .arg(link.name, link.app));
            else
                lines.append(QStringLiteral("heroku addons:attach %1 --as %2 -a %3")
                                 .arg(primary.name(values), link.name, link.app));
        }
        return lines.join(QStringLiteral("; "));
    };
    s.probe = [primary, links](StepContext &ctx) {
        ctx.watch(ctx.platform().addonAttachments(primary.name(ctx.values()), ctx.owner()),
                  [&ctx, links](const ApiResult &result) {
                      if (!result.ok()) {
                          ctx.fail(result.error);
                          return;
                      }
                      if (missingLinks(links(ctx.values()), Attachment::listFromJson(result.array())).isEmpty())
                          ctx.done(tr("Every pool and app is attached to the new primary."));
                      else
                          ctx.notDone();
                  });
    };
    s.action = [primary, links, reattachedKey](StepContext &ctx) {
        const QString follower = primary.name(ctx.values());
        ctx.watch(
            ctx.platform().addonAttachments(follower, ctx.owner()),
            [&ctx, follower, links, reattachedKey](const ApiResult &result) {
                if (!result.ok()) {
                    ctx.fail(result.error);
                    return;
                }
                const QList<Link> missing = missingLinks(links(ctx.values()), Attachment::listFromJson(result.array()));
                if (missing.isEmpty()) {
                    ctx.done(tr("Every pool and app is attached to the new primary."));
                    return;
                }
                const Link link = missing.first();
                const bool last = missing.size() == 1;
                auto finished = [&ctx, link, last, reattachedKey](const ApiResult &attached) {
                    if (!attached.ok()) {
                        ctx.fail(attached.error);
                        return;
                    }
                    QJsonArray done = ctx.value(reattachedKey).toArray();
                    done.append(linkKey(link));
                    ctx.capture(reattachedKey, done);
                    const QString text = tr("Attached %1 on %2 to the new primary.").arg(link.name, link.app);
                    if (last)
                        ctx.done(text);
                    else
                        ctx.later(10, text);
                };
                if (!isPool(link) || SwitchFindings::isDefaultPool(link)) {
                    ctx.watch(
                        ctx.platform().attach(follower, link.app, link.name, link.nameSpace, link.app, ctx.owner()),
                        finished);
                    return;
                }
                // A pool with another name: detach the old one, then pg:connection-pooling:attach --as NAME.
                ctx.watch(
                    ctx.platform().attachments(link.app, ctx.owner()),
                    [&ctx, link, follower, finished](const ApiResult &list) {
                        if (!list.ok()) {
                            ctx.fail(list.error);
                            return;
                        }
                        for (const Attachment &a : Attachment::listFromJson(list.array())) {
                            if (a.name == link.name && a.nameSpace == link.nameSpace) {
                                ctx.watch(ctx.platform().detach(a.id, ctx.owner()),
                                          [&ctx, link](const ApiResult &detached) {
                                              if (!detached.ok())
                                                  ctx.fail(detached.error);
                                              else
                                                  ctx.later(10, tr("Detached %1 from the old primary.").arg(link.name));
                                          });
                                return;
                            }
                        }
                        const QString credential = link.nameSpace.section(QLatin1Char(':'), 1);
                        ctx.watch(
                            ctx.data().attachConnectionPool(follower, link.app, link.name, credential, ctx.owner()),
                            finished);
                    });
            });
    };
    return s;
}

} // namespace hpg
