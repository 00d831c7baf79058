#include "typedconfirmationdialog.h"

#include "ui/widgets/appearance.h"

#include <QDialogButtonBox>
#include <QEvent>
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
    Appearance::keepPanelStyled(m_warningLabel, Appearance::Tone::Warning, 8);
    layout->addWidget(m_warningLabel);

    m_cliLabel = new QLabel(this);
    layout->addWidget(m_cliLabel);
    m_cliEdit = new QPlainTextEdit(cliCommand, this);
    m_cliEdit->setObjectName(QStringLiteral("cliCommandPlainTextEdit"));
    m_cliEdit->setReadOnly(true);
    m_cliEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cliEdit->setWordWrapMode(QTextOption::WordWrap); // a long command breaks between words
    m_cliEdit->setMaximumHeight(m_cliEdit->fontMetrics().height() * 3 + 12);
    layout->addWidget(m_cliEdit);
    // Wide enough for a usual command on one line, but never wider than a laptop screen.
    setMinimumWidth(qBound(480, m_cliEdit->fontMetrics().horizontalAdvance(cliCommand) + 60, 820));

    m_promptLabel = new QLabel(this);
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
    retranslate();
    m_confirmEdit->setFocus();
}

void TypedConfirmationDialog::retranslate()
{
    m_cliLabel->setText(tr("The same with the Heroku CLI:"));
    m_promptLabel->setText(
        tr("To proceed, type %1 or cancel.").arg(QStringLiteral("<b>%1</b>").arg(m_appName.toHtmlEscaped())));
}

void TypedConfirmationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TypedConfirmationDialog::setConfirmText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

} // namespace hpg
