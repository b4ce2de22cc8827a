#pragma once

#include "import/importresult.h"
#include "import/textimporter.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QTimer;

namespace debrief {

class Collection;

// Asks how to import one CSV/TSV file: separator, header row, HTML, notetype, deck and which
// column goes to which field. The preview is TextImporter::parse() run with exactly what
// options() returns, so the notes shown are the notes that will be imported; Import stays
// disabled while parse() reports an Error. The file is read once, in the constructor; the
// collection is only read (notetypes, decks), never written.
class TextImportDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 20;
    // A row with hundreds of cells is not a flashcard; more columns than this are skipped
    // rather than turned into a wall of combo boxes.
    static constexpr int kMaxColumns = 100;

    TextImportDialog(Collection &collection, const QString &path, QWidget *parent = nullptr);
    ~TextImportDialog() override;

    // What the user chose, in the same terms as `debrief-cli import --separator/--header/
    // --notetype/--deck/--map`: every column is mapped explicitly ("" skips it).
    ImportOptions options() const;

private:
    struct NotetypeInfo {
        qint64 id = 0;
        QString name;
        QStringList fields;
    };

    void readFile(const QString &path);
    void scanColumns();       // separator or header changed: count columns, take their labels
    void rebuildMapping();    // new columns or notetype: one combo per column, with defaults
    void updatePreview();
    std::optional<QStringList> fieldNames(const QString &notetype) const;
    QStringList currentFields() const;

    QString m_fileName;
    QByteArray m_bytes;
    QString m_text;           // decoded file, empty when it could not be decoded
    QString m_loadError;      // unreadable or too big: shown instead of a preview
    QList<NotetypeInfo> m_notetypes;

    // What the file's own header lines say (see TextImporter::parse): they decide the
    // defaults, and #html overrides the Allow HTML choice.
    TextHeader m_fileHeader;

    // From the last scan: column count, a label per column (header row or #columns) and the
    // first data row as a sample.
    int m_columnCount = 0;
    QStringList m_columnLabels;
    QStringList m_sampleRow;

    bool m_building = false;   // suppresses previews while combos are being refilled

    QComboBox *m_separator = nullptr;
    QCheckBox *m_header = nullptr;
    QCheckBox *m_html = nullptr;
    QComboBox *m_notetype = nullptr;
    QComboBox *m_deck = nullptr;
    QScrollArea *m_mappingScroll = nullptr;
    QWidget *m_mappingBox = nullptr;
    QGridLayout *m_mappingGrid = nullptr;
    QList<QComboBox *> m_maps;
    QTableWidget *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_deckEdited = nullptr;
};

} // namespace debrief
