#include "editordialog.h"

#include "noteeditor.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace debrief {

EditorDialog::EditorDialog(Collection &collection, const Clock &clock, std::optional<DeckId> deck, QWidget *parent)
    : QDialog(parent)
{
    build(collection, clock, true);
    if (deck)
        m_editor->selectDeck(*deck);
}

EditorDialog::EditorDialog(Collection &collection, const Clock &clock, CardId editCard, QWidget *parent) : QDialog(parent)
{
    build(collection, clock, false);
    m_editor->loadCard(editCard);
}

EditorDialog::~EditorDialog() = default;

void EditorDialog::build(Collection &collection, const Clock &clock, bool add)
{
    setObjectName(add ? QStringLiteral("addDialog") : QStringLiteral("editDialog"));
    setWindowTitle(add ? tr("Add") : tr("Edit"));
    auto *layout = new QVBoxLayout(this);
    m_editor = new NoteEditor(collection, clock, add ? NoteEditor::Mode::Add : NoteEditor::Mode::Edit, true, this);
    layout->addWidget(m_editor, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_commit = buttons->addButton(add ? tr("&Add") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_commit->setObjectName(QStringLiteral("commitButton"));
    m_commit->setToolTip(add ? tr("Add the note (Ctrl+Enter)") : tr("Save the note (Ctrl+Enter)"));
    // Enter alone belongs to the text fields (new lines), not to a default button.
    m_commit->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_commit, &QPushButton::clicked, m_editor, [this] { m_editor->commit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &EditorDialog::reject);
    layout->addWidget(buttons);
    connect(m_editor, &NoteEditor::committed, this, [this, add](const NoteChange &change) {
        if (add) {
            ++m_added;
            emit noteAdded(change);
        } else {
            saveLayout();
            accept();
        }
    });
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("editor/geometry")).toByteArray()))
        resize(980, 640);
}

void EditorDialog::saveLayout()
{
    QSettings().setValue(QStringLiteral("editor/geometry"), saveGeometry());
}

void EditorDialog::reject()
{
    if (m_editor->isModified()) {
        // Esc must never lose typing nor write it without asking: Save, Discard or stay (Cancel).
        const auto answer = QMessageBox::question(this, windowTitle(),
                                                  m_editor->mode() == NoteEditor::Mode::Add
                                                      ? tr("Add the note you have typed before closing?")
                                                      : tr("Save your changes to this note before closing?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            // Edit mode closes itself on success (committed → accept()); a refusal keeps the window
            // open with the reason in the editor's status line.
            if (!m_editor->commit())
                return;
            if (m_editor->mode() == NoteEditor::Mode::Edit)
                return;
        }
    }
    saveLayout();
    QDialog::reject();
}

} // namespace debrief
