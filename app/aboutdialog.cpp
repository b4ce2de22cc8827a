#include "aboutdialog.h"

#include "render/codehighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace debrief {

QString AboutDialog::facts(const QString &collectionPath)
{
    QStringList lines;
    lines << tr("Debrief %1").arg(QCoreApplication::applicationVersion());
    lines << tr("Qt %1 (built with Qt %2, the Qt %3 flavour)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)).arg(QT_VERSION_MAJOR);
    lines << tr("Code highlighting on cards: %1")
                 .arg(CodeHighlighter::available() ? tr("available (KSyntaxHighlighting)")
                                                   : tr("not in this build (code is shown plain)"));
    lines << tr("System: %1").arg(QSysInfo::prettyProductName());
    lines << tr("Collection: %1").arg(QDir::toNativeSeparators(collectionPath));
    return lines.join(QLatin1Char('\n'));
}

AboutDialog::AboutDialog(const QString &collectionPath, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Debrief"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Debrief %1</h2><p>Spaced repetition for AI/ML interview preparation.</p>"
                                "<p>Free software under the GNU General Public License, version 3 or later.</p>")
                                 .arg(QCoreApplication::applicationVersion().toHtmlEscaped()),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *details = new QLabel(facts(collectionPath), this);
    details->setObjectName(QStringLiteral("facts"));
    details->setTextFormat(Qt::PlainText);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(details);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [collectionPath] { QApplication::clipboard()->setText(facts(collectionPath)); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace debrief
