#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hpg {

// The runbook journals that cannot be resumed (corrupt, unreadable, written by a newer
// version), each with the reason; one can be exported (a copy for support or a newer
// hpgdesk) or removed after a confirmation. Nothing is dropped silently.
class JournalProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit JournalProblemsDialog(const QString &dir, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    QString selectedPath() const;
    void exportSelected();
    void removeSelected();

    QString m_dir;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_remove;
    QPushButton *m_close;
};

} // namespace hpg
