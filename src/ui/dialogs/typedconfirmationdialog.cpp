#include "typedconfirmationdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hpg {

TypedConfirmationDialog::TypedConfirmationDialog(const QString &title, const QString &warning,
                                                 const QString &cliCommand, const QString &appName, QWidget *parent)
    : QDialog(parent)
    , m_appName(appName)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("typedConfirmationDialog"));
    auto *layout = new QVBoxLayout(this);

    m_warningLabel = new QLabel(tr("<b>Destructive action</b><br>%1").arg(warning.toHtmlEscaped()), this);
    m_warningLabel->setObjectName(QStringLiteral("warningLabel"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; padding: 8px; }"));
    layout->addWidget(m_warningLabel);

    layout->addWidget(new QLabel(tr("The same with the Heroku CLI:"), this));
    m_cliEdit = new QPlainTextEdit(cliCommand, this);
    m_cliEdit->setObjectName(QStringLiteral("cliCommandPlainTextEdit"));
    m_cliEdit->setReadOnly(true);
    m_cliEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cliEdit->setMaximumHeight(m_cliEdit->fontMetrics().height() * 3 + 12);
    layout->addWidget(m_cliEdit);

    m_promptLabel = new QLabel(
        tr("To proceed, type %1 or cancel.").arg(QStringLiteral("<b>%1</b>").arg(appName.toHtmlEscaped())), this);
    m_promptLabel->setWordWrap(true);
    layout->addWidget(m_promptLabel);
    m_confirmEdit = new QLineEdit(this);
    m_confirmEdit->setObjectName(QStringLiteral("confirmAppNameLineEdit"));
    m_confirmEdit->setPlaceholderText(appName);
    m_promptLabel->setBuddy(m_confirmEdit);
    layout->addWidget(m_confirmEdit);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("confirmButtonBox"));
    auto *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(m_buttons);

    connect(m_confirmEdit, &QLineEdit::textChanged, this,
            [this, ok](const QString &text) { ok->setEnabled(text.trimmed() == m_appName); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_confirmEdit->text().trimmed() == m_appName)
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_confirmEdit->setFocus();
}

void TypedConfirmationDialog::setConfirmText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

} // namespace hpg
