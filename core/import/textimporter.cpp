#include "import/textimporter.h"

#include "import/csvreader.h"
#include "import/foreigndataimporter.h"
#include "model/stocknotetypes.h"
#include "model/tags.h"
#include "storage/collection.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace debrief {

namespace {

enum class Role { Skip, Field, Tags, Deck, Notetype, Guid };
struct Column {
    Role role = Role::Skip;
    int field = -1;   // for Role::Field: index into the notetype's fields
};

// Anki cuts the values of column, separator and html keys at the first non-alphanumeric
// character after the first, which tolerates stray delimiters ("#separator:Tab\t\t").
QString cutValue(const QString &v)
{
    if (v.isEmpty())
        return v;
    int i = 1;
    while (i < v.size() && v.at(i).isLetterOrNumber())
        ++i;
    return v.left(i);
}

QString where(const QString &fileName, int line)
{
    return line > 0 ? QStringLiteral("%1:%2").arg(fileName).arg(line) : fileName;
}

bool looksLikeHtml(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("<[A-Za-z/!][^>]*>"));
    return s.contains(re);
}

QString escapeHtml(const QString &s)
{
    QString out = s.toHtmlEscaped();
    out.replace(QLatin1String("\r\n"), QLatin1String("<br>"));
    out.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return out;
}

} // namespace

QChar TextImporter::separatorFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("comma")) return QLatin1Char(',');
    if (n == QLatin1String("semicolon")) return QLatin1Char(';');
    if (n == QLatin1String("tab") || n == QLatin1String("\\t")) return QLatin1Char('\t');
    if (n == QLatin1String("space")) return QLatin1Char(' ');
    if (n == QLatin1String("pipe")) return QLatin1Char('|');
    if (n == QLatin1String("colon")) return QLatin1Char(':');
    if (name.size() == 1) return name.at(0);
    return QChar();
}

TextHeader TextImporter::readHeader(const QString &text, const QString &fileName, ImportResult *warnings)
{
    TextHeader meta;
    int pos = 0;
    int line = 1;
    bool first = true;
    while (pos < text.size()) {
        int end = text.indexOf(QLatin1Char('\n'), pos);
        if (end < 0)
            end = text.size();
        QString l = text.mid(pos, end - pos);
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        if (first && l.startsWith(QLatin1String("tags:"))) {
            // Historic first line of Anki 2.0 exports: global tags.
            meta.tags << Tags::split(l.mid(5));
        } else if (l.startsWith(QLatin1Char('#'))) {
            const int colon = l.indexOf(QLatin1Char(':'));
            if (colon > 0) {
                const QString key = l.mid(1, colon - 1).trimmed().toLower();
                const QString value = l.mid(colon + 1).trimmed();
                if (key == QLatin1String("separator")) {
                    const QChar c = separatorFromName(cutValue(value));
                    if (!c.isNull())
                        meta.separator = c;
                    else if (warnings)
                        warnings->addWarning(ImportIssue::Kind::Unsupported,
                                             QCoreApplication::translate("TextImporter", "%1: unknown separator '%2' ignored").arg(where(fileName, line), value), line);
                } else if (key == QLatin1String("html")) {
                    meta.html = cutValue(value).toLower() == QLatin1String("true");
                } else if (key == QLatin1String("tags")) {
                    meta.tags << Tags::split(value);
                } else if (key == QLatin1String("columns")) {
                    const QChar sep = meta.separator.isNull() ? CsvReader::guessSeparator(value) : meta.separator;
                    meta.columns = value.split(sep);
                    if (meta.columns.size() > CsvReader::kMaxFields) {
                        if (warnings)
                            warnings->addError(ImportIssue::Kind::Unsafe,
                                               QCoreApplication::translate("TextImporter", "%1: #columns names %n column(s); at most %2 are read", nullptr, int(meta.columns.size()))
                                                   .arg(where(fileName, line)).arg(CsvReader::kMaxFields),
                                               line);
                        meta.columns.clear();
                    }
                    for (QString &c : meta.columns)
                        c = c.trimmed();
                } else if (key == QLatin1String("deck")) {
                    meta.deck = value;
                } else if (key == QLatin1String("notetype")) {
                    meta.notetype = value;
                } else if (key.endsWith(QLatin1String(" column"))) {
                    // Columns are 1-based; the table of columns is sized by the largest, so a
                    // number beyond what a record may hold is refused, not allocated.
                    bool isNumber = false;
                    const qint64 wanted = cutValue(value).toLongLong(&isNumber);
                    int col = isNumber && wanted >= 0 && wanted <= CsvReader::kMaxFields ? int(wanted) : 0;
                    if (isNumber && (wanted < 0 || wanted > CsvReader::kMaxFields) && warnings)
                        warnings->addError(ImportIssue::Kind::Unsafe,
                                           QCoreApplication::translate("TextImporter", "%1: #%2 %3 is not a column from 1 to %4")
                                               .arg(where(fileName, line), key).arg(wanted).arg(CsvReader::kMaxFields),
                                           line);
                    if (key == QLatin1String("guid column")) meta.guidColumn = col;
                    else if (key == QLatin1String("notetype column")) meta.notetypeColumn = col;
                    else if (key == QLatin1String("deck column")) meta.deckColumn = col;
                    else if (key == QLatin1String("tags column")) meta.tagsColumn = col;
                }
            }
        } else {
            break;
        }
        first = false;
        pos = end + 1;
        ++line;
    }
    meta.dataStart = std::min(pos, int(text.size()));
    meta.dataLine = line;
    return meta;
}

QChar TextImporter::chooseSeparator(const QString &text, const TextHeader &header, const QString &fileName)
{
    if (!header.separator.isNull())
        return header.separator;
    // Anki's guess prefers ':' and ';' to ',', so a .csv file with URLs or times in it would split
    // on colons. A file named .csv or .tsv says what it is; believe it when that character occurs.
    const QString sample = text.mid(header.dataStart, 8192);
    if (fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) && sample.contains(QLatin1Char(',')))
        return QLatin1Char(',');
    if (fileName.endsWith(QLatin1String(".tsv"), Qt::CaseInsensitive) && sample.contains(QLatin1Char('\t')))
        return QLatin1Char('\t');
    return CsvReader::guessSeparator(text, header.dataStart);
}

ForeignData TextImporter::parse(const QByteArray &bytes, const QString &fileName, const ImportOptions &options,
                                const FieldNamesFn &fieldNames, ImportResult &result)
{
    ForeignData data;
    int badLine = 0;
    auto decoded = CsvReader::decode(bytes, fileName, &badLine);
    if (!decoded) {
        result.addError(decoded.error().kind == Error::Kind::Corrupt ? ImportIssue::Kind::UnknownFormat
                                                                    : ImportIssue::Kind::BadEncoding,
                        decoded.error().message, badLine);
        return data;
    }
    const QString text = *decoded;
    if (text.trimmed().isEmpty()) {
        result.addError(ImportIssue::Kind::MissingField, QCoreApplication::translate("TextImporter", "%1: the file is empty").arg(fileName));
        return data;
    }

    TextHeader meta = readHeader(text, fileName, &result);
    if (!result.ok())
        return data;
    const int pos = meta.dataStart;
    const int line = meta.dataLine;
    const QChar sep = options.separator.isNull() ? chooseSeparator(text, meta, fileName) : options.separator;

    std::vector<CsvRecord> records;
    CsvReader reader(text, sep, pos, line);
    qint64 totalFields = 0;
    for (;;) {
        auto rec = reader.next();
        if (!rec) {
            result.addError(ImportIssue::Kind::Unsafe, QStringLiteral("%1: %2").arg(fileName, rec.error().message),
                            reader.line());
            return data;
        }
        if (!rec->has_value())
            break;
        // Millions of tiny rows cost far more memory than their bytes; stop before that hurts.
        totalFields += (*rec)->fields.size();
        if (totalFields > kMaxTotalFields) {
            result.addError(ImportIssue::Kind::Unsafe,
                            QCoreApplication::translate("TextImporter", "%1: more than %2 fields in the file; split it into smaller files")
                                .arg(where(fileName, (*rec)->line)).arg(kMaxTotalFields),
                            (*rec)->line);
            return data;
        }
        records.push_back(std::move(**rec));
    }
    if (options.firstLineIsHeader && !records.empty()) {
        if (meta.columns.isEmpty())
            meta.columns = records.front().fields;
        records.erase(records.begin());
    }
    if (records.empty()) {
        result.addError(ImportIssue::Kind::MissingField, QCoreApplication::translate("TextImporter", "%1: no rows to import").arg(fileName));
        return data;
    }

    // Global notetype and deck: command-line options win over the file's headers.
    QString notetype = options.notetypeName;
    if (notetype.isEmpty() && !meta.notetype.isEmpty()) {
        if (fieldNames(meta.notetype))
            notetype = meta.notetype;
        else   // Anki ignores a #notetype header naming a notetype it does not have.
            result.addWarning(ImportIssue::Kind::MissingField,
                              QCoreApplication::translate("TextImporter", "%1: notetype '%2' from the #notetype header does not exist; using Basic")
                                  .arg(fileName, meta.notetype));
    }
    if (notetype.isEmpty())
        notetype = QStringLiteral("Basic");
    const std::optional<QStringList> globalFields = fieldNames(notetype);
    if (!globalFields) {
        result.addError(ImportIssue::Kind::MissingField, QCoreApplication::translate("TextImporter", "%1: notetype '%2' does not exist").arg(fileName, notetype));
        return data;
    }
    data.defaultNotetype = notetype;
    data.defaultDeck = !options.deckName.isEmpty() ? options.deckName
                     : !meta.deck.isEmpty()        ? meta.deck
                                                   : QStringLiteral("Default");

    // Column roles.
    int width = int(meta.columns.size());
    for (const CsvRecord &r : records) {   // Anki sizes the table by the first record
        width = std::max(width, int(r.fields.size()));
        break;
    }
    std::vector<Column> cols(size_t(std::max(width, 0)));
    auto setMeta = [&](int oneBased, Role role) {
        if (oneBased >= 1) {
            if (oneBased > int(cols.size()))
                cols.resize(size_t(oneBased));
            cols[size_t(oneBased - 1)].role = role;
        }
    };
    const bool perRowNotetype = meta.notetypeColumn > 0;
    if (!options.fieldMap.isEmpty()) {
        cols.assign(size_t(std::max(int(options.fieldMap.size()), width)), Column());
        for (int i = 0; i < options.fieldMap.size(); ++i) {
            const QString m = options.fieldMap.at(i).trimmed();
            const QString lm = m.toLower();
            Column &c = cols[size_t(i)];
            if (m.isEmpty()) c.role = Role::Skip;
            else if (lm == QLatin1String("tags")) c.role = Role::Tags;
            else if (lm == QLatin1String("deck")) c.role = Role::Deck;
            else if (lm == QLatin1String("guid")) c.role = Role::Guid;
            else if (lm == QLatin1String("notetype")) c.role = Role::Notetype;
            else {
                int idx = -1;
                for (int f = 0; f < globalFields->size(); ++f)
                    if (globalFields->at(f).compare(m, Qt::CaseInsensitive) == 0)
                        idx = f;
                if (idx < 0) {
                    result.addError(ImportIssue::Kind::MissingField,
                                    QCoreApplication::translate("TextImporter", "%1: field map: notetype '%2' has no field '%3'").arg(fileName, notetype, m));
                    return data;
                }
                c.role = Role::Field;
                c.field = idx;
            }
        }
    } else {
        setMeta(meta.guidColumn, Role::Guid);
        setMeta(meta.notetypeColumn, Role::Notetype);
        setMeta(meta.deckColumn, Role::Deck);
        setMeta(meta.tagsColumn, Role::Tags);
        // Map by label when the column labels name the notetype's fields, else in order.
        bool byName = false;
        if (!perRowNotetype && !meta.columns.isEmpty()) {
            for (size_t i = 0; i < cols.size() && int(i) < meta.columns.size(); ++i) {
                if (cols[i].role != Role::Skip)
                    continue;
                for (int f = 0; f < globalFields->size(); ++f) {
                    if (globalFields->at(f).compare(meta.columns.at(int(i)), Qt::CaseInsensitive) == 0) {
                        cols[i].role = Role::Field;
                        cols[i].field = f;
                        byName = true;
                    }
                }
            }
        }
        if (!byName) {
            int next = 0;
            for (Column &c : cols) {
                if (c.role != Role::Skip)
                    continue;
                if (perRowNotetype || next < globalFields->size()) {
                    c.role = Role::Field;
                    c.field = next++;
                }
            }
        }
        // Anki: without a #tags column and with one notetype for the whole file, the first unused
        // column after the last mapped field holds the tags.
        if (meta.tagsColumn == 0 && !perRowNotetype) {
            int last = -1;
            for (size_t i = 0; i < cols.size(); ++i)
                if (cols[i].role == Role::Field)
                    last = int(i);
            for (size_t i = size_t(last + 1); i < cols.size(); ++i) {
                if (cols[i].role == Role::Skip) {
                    cols[i].role = Role::Tags;
                    break;
                }
            }
        }
    }
    int lastUsed = -1;
    for (size_t i = 0; i < cols.size(); ++i)
        if (cols[i].role != Role::Skip)
            lastUsed = int(i);

    bool html = false;
    if (meta.html) {
        html = *meta.html;
    } else if (options.allowHtml) {
        for (size_t r = 0; r < records.size() && r < 5 && !html; ++r)
            for (const QString &f : records[r].fields)
                if (looksLikeHtml(f))
                    html = true;
    }

    QHash<QString, std::optional<QStringList>> fieldCache;
    auto fieldsOf = [&](const QString &nt) {
        auto it = fieldCache.find(nt);
        if (it == fieldCache.end())
            it = fieldCache.insert(nt, fieldNames(nt));
        return *it;
    };

    data.notes.reserve(records.size());
    for (CsvRecord &rec : records) {
        ForeignNote note;
        note.line = rec.line;
        note.tags = meta.tags;
        QString rowNotetype;
        for (size_t i = 0; i < cols.size() && int(i) < rec.fields.size(); ++i) {
            const QString &v = rec.fields.at(int(i));
            switch (cols[i].role) {
            case Role::Guid: note.guid = v.trimmed(); break;
            case Role::Notetype: rowNotetype = v.trimmed(); break;
            case Role::Deck: note.deck = v.trimmed(); break;
            case Role::Tags: note.tags << Tags::split(v); break;
            case Role::Field:
            case Role::Skip: break;
            }
        }
        int fieldCount = int(globalFields->size());
        if (!rowNotetype.isEmpty()) {
            const auto f = fieldsOf(rowNotetype);
            if (!f) {
                result.addWarning(ImportIssue::Kind::MissingField,
                                  QCoreApplication::translate("TextImporter", "%1: notetype '%2' does not exist; row skipped").arg(where(fileName, rec.line), rowNotetype),
                                  rec.line);
                ++result.counts.notesSkipped;
                continue;
            }
            fieldCount = int(f->size());
            note.notetype = rowNotetype;
        }
        note.fields = QStringList();
        for (int f = 0; f < fieldCount; ++f)
            note.fields << QString();
        int needed = 0;
        for (size_t i = 0; i < cols.size(); ++i) {
            if (cols[i].role != Role::Field || cols[i].field >= fieldCount)
                continue;
            needed = int(i) + 1;
            if (int(i) < rec.fields.size())
                note.fields[cols[i].field] = html ? rec.fields.at(int(i)) : escapeHtml(rec.fields.at(int(i)));
        }
        if (rec.fields.size() < needed)
            result.addWarning(ImportIssue::Kind::MissingField,
                              QCoreApplication::translate("TextImporter", "%1: %n column(s), expected %2; missing fields left empty", nullptr, int(rec.fields.size()))
                                  .arg(where(fileName, rec.line)).arg(needed),
                              rec.line);
        bool extra = false;
        for (int i = lastUsed + 1; i < rec.fields.size(); ++i)
            if (!rec.fields.at(i).trimmed().isEmpty())
                extra = true;
        if (extra)
            result.addWarning(ImportIssue::Kind::Unsupported,
                              QCoreApplication::translate("TextImporter", "%1: %n column(s), only %2 used; the rest were ignored", nullptr, int(rec.fields.size()))
                                  .arg(where(fileName, rec.line)).arg(lastUsed + 1),
                              rec.line);
        data.notes.push_back(std::move(note));
    }
    return data;
}

ImportResult TextImporter::importFile(Collection &collection, const QString &path, const ImportOptions &options,
                                      const ProgressFn &progress, const QDateTime &now)
{
    ImportResult result;
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.addError(ImportIssue::Kind::NotFound, QCoreApplication::translate("TextImporter", "%1: cannot read: %2").arg(path, file.errorString()));
        return result;
    }
    if (file.size() > kMaxFileBytes) {
        result.addError(ImportIssue::Kind::Unsafe,
                        QCoreApplication::translate("TextImporter", "%1: %2 bytes is more than the %3 MiB a text import accepts")
                            .arg(fileName).arg(file.size()).arg(kMaxFileBytes / (1024 * 1024)));
        return result;
    }
    const QByteArray bytes = file.readAll();

    auto fieldNames = [&collection](const QString &name) -> std::optional<QStringList> {
        if (auto nt = collection.notetypeByName(name); nt && nt->has_value())
            return (*nt)->fieldNames;
        bool isId = false;
        const qint64 id = name.toLongLong(&isId);
        if (isId)
            if (auto nt = collection.notetype(id))
                return nt->fieldNames;
        if (name.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0)
            return StockNotetypes::basic().fieldNames;
        if (name.compare(QLatin1String("Cloze"), Qt::CaseInsensitive) == 0)
            return StockNotetypes::cloze().fieldNames;
        return std::nullopt;
    };
    ForeignData data = parse(bytes, fileName, options, fieldNames, result);
    if (!result.ok())
        return result;

    ForeignDataImporter writer(collection, options, now.isValid() ? now : SystemClock().now());
    if (Result<void> r = writer.write(data, result, progress, fileName); !r)
        result.addError(importIssueKind(r.error().kind), r.error().message);
    return result;
}

} // namespace debrief
