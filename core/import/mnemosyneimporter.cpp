#include "import/mnemosyneimporter.h"

#include "import/foreigndataimporter.h"
#include "import/importtemp.h"
#include "import/mediastager.h"
#include "import/zipreader.h"
#include "model/stocknotetypes.h"
#include "storage/collection.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <map>

namespace debrief {

namespace {

constexpr qint64 kMaxXmlBytes = qint64(64) * 1024 * 1024;

Notetype reversedNotetype()
{
    Notetype t = StockNotetypes::basic();
    t.name = QStringLiteral("Basic (and reversed card)");
    t.templates.push_back({QStringLiteral("Card 2"), QStringLiteral("{{Back}}"),
                           QStringLiteral("{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}")});
    return t;
}

Notetype vocabularyNotetype()
{
    Notetype t = StockNotetypes::basic();
    t.name = QStringLiteral("Vocabulary (Mnemosyne)");
    t.fieldNames = QStringList{QStringLiteral("Expression"), QStringLiteral("Pronunciation"), QStringLiteral("Meaning"),
                    QStringLiteral("Notes")};
    t.templates = {{QStringLiteral("Recognition"), QStringLiteral("{{Expression}}"),
                    QStringLiteral("{{FrontSide}}\n\n<hr id=answer>\n\n{{Pronunciation}}<br>{{Meaning}}<br>{{Notes}}")},
                   {QStringLiteral("Production"), QStringLiteral("{{Meaning}}"),
                    QStringLiteral("{{FrontSide}}\n\n<hr id=answer>\n\n{{Expression}}<br>{{Pronunciation}}<br>{{Notes}}")}};
    return t;
}

ForeignData newData()
{
    ForeignData d;
    d.notetypes = {reversedNotetype(), vocabularyNotetype()};
    d.matchFirstField = false;   // facts carry their own ids
    return d;
}

QStringList convertTags(const QStringList &names)
{
    QStringList out;
    for (QString t : names) {
        t = t.trimmed();
        if (t.isEmpty() || t == QLatin1String("__UNTAGGED__") || t == QLatin1String("<default>"))
            continue;
        t.replace(QLatin1Char(' '), QLatin1Char('_'));
        if (!out.contains(t))
            out << t;
    }
    return out;
}

// Scheduling for a seen card: Anki's mapping (ivl = max(1, (next-last) // 86400), ease = easiness).
ForeignCard scheduled(int ord, qint64 lastRep, qint64 nextRep, double easiness, int reps, int lapses)
{
    ForeignCard c;
    c.ord = ord;
    c.reps = reps;
    if (lastRep < 0 || nextRep < 0)
        return c;
    ReviewState r;
    r.intervalDays = int(std::max<qint64>(1, (nextRep - lastRep) / 86400));
    r.easePermille = std::max(1300, int(easiness * 1000 + 0.5));
    r.lapses = lapses;
    // Mnemosyne stores the due instant; study days start at 04:00 (StudyDay numbering, offset 0).
    r.dueDay = (nextRep - 4 * 3600) / 86400;
    c.state = r;
    return c;
}

// "2.1" → type "2", ord 0; "1::Verbatim.1" → type "1" (clones count as their parent), ord 0.
void splitView(const QString &view, QString *type, int *ord)
{
    const int dot = view.lastIndexOf(QLatin1Char('.'));
    QString t = dot < 0 ? view : view.left(dot);
    *ord = dot < 0 ? 0 : std::max(0, view.mid(dot + 1).toInt() - 1);
    const int clone = t.indexOf(QLatin1String("::"));
    if (clone >= 0)
        t = t.left(clone);
    *type = t;
}

// Fact → note, by the fact view type of its first card. False for card types we do not map.
bool factToNote(const QString &type, const QHash<QString, QString> &fact, ForeignNote &note)
{
    auto f = [&](const char *k) { return MnemosyneImporter::convertField(fact.value(QLatin1String(k))); };
    if (type == QLatin1String("1") || type == QLatin1String("2")) {
        note.notetype = type == QLatin1String("1") ? QStringLiteral("Basic") : QStringLiteral("Basic (and reversed card)");
        note.fields = QStringList{f("f"), f("b")};
    } else if (type == QLatin1String("3")) {
        note.notetype = QStringLiteral("Vocabulary (Mnemosyne)");
        note.fields = QStringList{f("f"), f("p_1"), f("m_1"), f("n")};
    } else if (type == QLatin1String("5")) {
        note.notetype = QStringLiteral("Cloze");
        note.fields = QStringList{MnemosyneImporter::convertCloze(f("text")), QString()};
    } else {
        return false;
    }
    return true;
}

int clozeIndex(const QString &extra)
{
    static const QRegularExpression re(QStringLiteral("'index'\\s*:\\s*(\\d+)"));
    const auto m = re.match(extra);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

ReviewLogEntry logEntry(qint64 timestamp, int grade, double easiness, int retReps, qint64 scheduled,
                        qint64 actual, qint64 thinkingSecs)
{
    ReviewLogEntry e;
    e.id = timestamp * 1000;
    // Mnemosyne grades 0-5: 0/1 failed, 2 barely, 3 good, 4/5 easy.
    e.rating = grade <= 1 ? 1 : grade == 2 ? 2 : grade == 3 ? 3 : 4;
    e.intervalAfter = int(std::max<qint64>(1, scheduled / 86400));
    e.intervalBefore = int(std::max<qint64>(0, actual / 86400));
    e.easePermille = int(easiness * 1000 + 0.5);
    e.takenMs = int(std::min<qint64>(60000, std::max<qint64>(0, thinkingSecs) * 1000));
    e.kind = retReps == 0 ? ReviewKind::Learn : ReviewKind::Review;
    return e;
}

// ---- 1.x XML ------------------------------------------------------------------------------

bool read1xXml(const QByteArray &bytes, const QString &fileName, ForeignData &data, ImportResult &result)
{
    QXmlStreamReader xml(bytes);
    struct Item {
        QString id, cat, q, a;
        QXmlStreamAttributes attrs;
    };
    std::vector<Item> items;
    qint64 timeOfStart = -1;
    bool rootOk = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (!rootOk) {
            if (xml.name() != QLatin1String("mnemosyne") || xml.attributes().value(QLatin1String("core_version")) != QLatin1String("1")) {
                result.addError(ImportIssue::Kind::UnknownFormat,
                                QCoreApplication::translate("MnemosyneImporter", "%1: not a Mnemosyne 1.x export (root element must be <mnemosyne core_version=\"1\">)").arg(fileName));
                return false;
            }
            rootOk = true;
            const QString t = xml.attributes().value(QLatin1String("time_of_start")).toString();
            if (!t.isEmpty())
                timeOfStart = t.toLongLong();
            continue;
        }
        if (xml.name() == QLatin1String("item")) {
            Item it;
            it.attrs = xml.attributes();
            it.id = it.attrs.value(QLatin1String("id")).toString();
            while (xml.readNextStartElement()) {
                const QString n = xml.name().toString();
                const QString v = xml.readElementText();
                if (n == QLatin1String("cat")) it.cat = v;
                else if (n == QLatin1String("Q")) it.q = v;
                else if (n == QLatin1String("A")) it.a = v;
            }
            items.push_back(it);
        }
    }
    if (xml.hasError() || !rootOk) {
        result.addError(ImportIssue::Kind::Corrupt,
                        QCoreApplication::translate("MnemosyneImporter", "%1:%2: malformed XML: %3").arg(fileName).arg(xml.lineNumber()).arg(xml.errorString()),
                        int(xml.lineNumber()));
        return false;
    }

    auto cardOf = [&](const Item &it, int ord) {
        auto num = [&](const char *k, double def) {
            const QString v = it.attrs.value(QLatin1String(k)).toString();
            return v.isEmpty() ? def : v.toDouble();
        };
        const bool unseen = it.attrs.value(QLatin1String("u")) == QLatin1String("1") || num("gr", 0) < 2;
        if (unseen || timeOfStart < 0) {
            ForeignCard c;
            c.ord = ord;
            return c;
        }
        const qint64 last = timeOfStart + qint64(num("l_rp", 0) * 86400);
        const qint64 next = timeOfStart + qint64(num("n_rp", 0) * 86400);
        return scheduled(ord, last, next, num("e", 2.5), int(num("ac_rp", 0) + num("rt_rp", 0)), int(num("lps", 0)));
    };

    // Group X with X.inv / X.tr.1. Ids may repeat (merged exports): a repeated base id starts a new fact.
    std::vector<ForeignNote> notes;
    QHash<QString, int> openFact;   // base id -> index into notes
    QHash<int, QString> kindOf;     // note index -> "1", "2" or "3"
    for (const Item &it : items) {
        QString base = it.id;
        int role = 0;   // 0 base, 1 inverse, 2 translation
        if (base.endsWith(QLatin1String(".inv"))) { base.chop(4); role = 1; }
        else if (base.endsWith(QLatin1String(".tr.1"))) { base.chop(5); role = 2; }
        if (role != 0 && openFact.contains(base)) {
            const int idx = openFact.take(base);
            ForeignNote &n = notes[size_t(idx)];
            if (role == 1) {
                n.notetype = QStringLiteral("Basic (and reversed card)");
                n.cards.push_back(cardOf(it, 1));
            } else {
                // 3-sided: base Q = word, base A = "pronunciation\nmeaning", X.tr.1 Q = meaning.
                const QStringList pa = it.a.split(QLatin1Char('\n'));
                const QString baseA = n.fields.value(1);
                const QStringList ba = baseA.split(QLatin1String("<br>"));
                n.notetype = QStringLiteral("Vocabulary (Mnemosyne)");
                n.fields = QStringList{n.fields.value(0), ba.value(0), MnemosyneImporter::convertField(it.q), QString()};
                n.cards.push_back(cardOf(it, 1));
            }
            continue;
        }
        if (role == 0 && openFact.contains(base))
            result.addWarning(ImportIssue::Kind::Duplicate,
                              QCoreApplication::translate("MnemosyneImporter", "%1: item id '%2' appears more than once; imported as separate facts").arg(fileName, base));
        ForeignNote n;
        n.notetype = QStringLiteral("Basic");
        n.fields = QStringList{MnemosyneImporter::convertField(it.q), MnemosyneImporter::convertField(it.a)};
        QString cat = it.cat;
        n.tags = convertTags({cat});
        // Ids are not unique across merged exports, so the GUID also covers the content.
        const QByteArray key = (it.id + QChar(0x1f) + it.q + QChar(0x1f) + it.a).toUtf8();
        n.guid = QStringLiteral("mnemosyne1:") + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(20));
        n.cards.push_back(cardOf(it, 0));
        notes.push_back(n);
        if (!base.isEmpty())
            openFact.insert(base, int(notes.size()) - 1);
    }
    data.notes = std::move(notes);
    return true;
}

// ---- 2.x SQLite -----------------------------------------------------------------------------

// The user's mnemo.db is read in place through Database::openForeign (immutable, hardened, with
// a deadline); `temp` is where it is copied first when a -wal lies beside it.
bool readDb(const QString &path, const QString &fileName, ImportTemp &temp, const ProgressFn &progress,
            ForeignData &data, ImportResult &result)
{
    auto fail = [&](ImportIssue::Kind k, const QString &msg) {
        result.addError(k, QStringLiteral("%1: %2").arg(fileName, msg));
        return false;
    };
    auto dbFail = [&](const Error &e) {
        return fail(e.kind == Error::Kind::Unsafe      ? ImportIssue::Kind::Unsafe
                    : e.kind == Error::Kind::Cancelled ? ImportIssue::Kind::Cancelled
                                                       : ImportIssue::Kind::Corrupt,
                    e.message);
    };
    Database::ForeignLimits limits;
    if (progress)
        limits.cancelled = [&progress]() { return !progress(0, 0); };
    auto db = temp.openForeign(path, limits);
    if (!db)
        return dbFail(db.error());
    for (const char *table : {"global_variables", "facts", "data_for_fact", "cards", "log"}) {
        Result<bool> has = (*db)->hasPlainTable(QLatin1String(table));
        if (!has)
            return dbFail(has.error());
        if (!*has)
            return fail(ImportIssue::Kind::UnknownFormat, QCoreApplication::translate("MnemosyneImporter", "an SQLite file, but not a Mnemosyne 2.x database"));
    }
    // Steps `st` through its rows; false (with the error reported) when SQLite fails or stops it.
    auto rows = [&](Result<Statement> &st, const auto &each) {
        if (!st)
            return dbFail(st.error());
        if (Result<void> r = st->forEachRow(each); !r)
            return dbFail(r.error());
        return true;
    };
    Result<Statement> v = (*db)->prepare(QStringLiteral("SELECT value FROM global_variables WHERE key='version'"));
    const Result<std::optional<QString>> version =
        v ? v->firstRow([](const Statement &q) { return q.text(0); }) : Result<std::optional<QString>>(v.error());
    if (version && *version) {
        const QString ver = **version;
        if (!ver.startsWith(QLatin1String("Mnemosyne SQL 1")) && ver != QLatin1String("2") && ver != QLatin1String("3")
            && ver != QLatin1String("4"))
            result.addWarning(ImportIssue::Kind::Unsupported,
                              QCoreApplication::translate("MnemosyneImporter", "%1: unknown Mnemosyne database version '%2'; importing anyway").arg(fileName, ver));
    }

    std::map<qint64, QHash<QString, QString>> facts;
    QHash<qint64, QString> factIds;
    {
        auto st = (*db)->prepare(QStringLiteral("SELECT _id, id FROM facts"));
        if (!rows(st, [&](const Statement &q) { factIds.insert(q.int64(0), q.text(1)); }))
            return false;
        auto d = (*db)->prepare(QStringLiteral("SELECT _fact_id, key, value FROM data_for_fact"));
        if (!rows(d, [&](const Statement &q) { facts[q.int64(0)].insert(q.text(1), q.text(2)); }))
            return false;
    }
    QHash<QString, std::vector<ReviewLogEntry>> logs;
    {
        auto st = (*db)->prepare(QStringLiteral(
            "SELECT timestamp, object_id, grade, easiness, ret_reps, scheduled_interval, actual_interval, thinking_time "
            "FROM log WHERE event_type = 9 ORDER BY timestamp, _id"));
        if (!rows(st, [&](const Statement &q) {
                logs[q.text(1)].push_back(logEntry(q.int64(0), q.integer(2), q.real(3), q.integer(4), q.int64(5),
                                                   q.int64(6), q.int64(7)));
            }))
            return false;
    }
    auto st = (*db)->prepare(QStringLiteral(
        "SELECT id, _fact_id, fact_view_id, tags, grade, next_rep, last_rep, easiness, acq_reps, ret_reps, lapses, "
        "modification_time, extra_data, active FROM cards ORDER BY _fact_id, _id"));
    std::map<qint64, ForeignNote> notes;
    const auto card = [&](const Statement &q) {
        const qint64 factId = q.int64(1);
        QString type;
        int ord = 0;
        splitView(q.text(2), &type, &ord);
        auto it = notes.find(factId);
        if (it == notes.end()) {
            ForeignNote n;
            if (!factToNote(type, facts[factId], n)) {
                result.addWarning(ImportIssue::Kind::Unsupported,
                                  QCoreApplication::translate("MnemosyneImporter", "%1: fact %2 uses Mnemosyne card type %3, which is not imported")
                                      .arg(fileName, factIds.value(factId), type));
                ++result.counts.notesSkipped;
                notes.emplace(factId, ForeignNote()).first->second.notetype = QStringLiteral("\x01skip");
                return;
            }
            n.guid = QStringLiteral("mnemosyne:") + factIds.value(factId, QString::number(factId));
            it = notes.emplace(factId, n).first;
        }
        ForeignNote &n = it->second;
        if (n.notetype == QLatin1String("\x01skip"))
            return;
        if (type == QLatin1String("5")) {
            const int idx = clozeIndex(q.text(12));
            if (idx >= 0)
                ord = idx;
        }
        n.tags << convertTags(q.text(3).split(QLatin1String(", ")));
        n.tags.removeDuplicates();
        n.modifiedSecs = std::max(n.modifiedSecs, q.int64(11));
        ForeignCard c = scheduled(ord, q.int64(6), q.int64(5), q.real(7), q.integer(8) + q.integer(9), q.integer(10));
        if (q.integer(13) == 0)
            c.queue = CardQueue::Suspended;   // inactive in Mnemosyne
        c.reviews = logs.value(q.text(0));
        n.cards.push_back(c);
    };
    if (!rows(st, card))
        return false;
    for (auto &kv : notes)
        if (kv.second.notetype != QLatin1String("\x01skip"))
            data.notes.push_back(std::move(kv.second));
    return true;
}

// ---- 2.x .cards -----------------------------------------------------------------------------

bool safeRelativePath(const QString &p)
{
    if (p.isEmpty() || p.startsWith(QLatin1Char('/')) || p.contains(QLatin1Char('\\')) || p.contains(QChar(0))
        || (p.size() > 1 && p.at(1) == QLatin1Char(':')))
        return false;
    for (const QString &seg : p.split(QLatin1Char('/')))
        if (seg.isEmpty() || seg == QLatin1String(".") || seg == QLatin1String(".."))
            return false;
    return true;
}

// The media files are listed in `data` and read from `zipOut` (kept open for the writer) when staged.
bool readCards(const QString &path, const QString &fileName, ForeignData &data, std::unique_ptr<ZipReader> &zipOut,
               ImportResult &result)
{
    auto fail = [&](ImportIssue::Kind k, const QString &msg) {
        result.addError(k, QStringLiteral("%1: %2").arg(fileName, msg));
        return false;
    };
    auto zip = ZipReader::open(path);
    if (!zip)
        return fail(importIssueKind(zip.error().kind), zip.error().message);
    const auto idx = (*zip)->indexOf(QStringLiteral("cards.xml"));
    if (!idx)
        return fail(ImportIssue::Kind::UnknownFormat, QCoreApplication::translate("MnemosyneImporter", "a zip without cards.xml, so not a Mnemosyne .cards file"));
    auto xmlBytes = (*zip)->readAll(*idx, kMaxXmlBytes);
    if (!xmlBytes)
        return fail(importIssueKind(xmlBytes.error().kind), xmlBytes.error().message);

    QXmlStreamReader xml(*xmlBytes);
    QHash<QString, QString> tagNames;
    QHash<QString, QHash<QString, QString>> facts;
    QStringList factOrder;
    struct CardRow { QXmlStreamAttributes a; QString extra; };
    std::vector<CardRow> cards;
    bool root = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (!root) {
            if (xml.name() != QLatin1String("openSM2sync"))
                return fail(ImportIssue::Kind::UnknownFormat, QCoreApplication::translate("MnemosyneImporter", "cards.xml is not an openSM2sync document"));
            root = true;
            continue;
        }
        if (xml.name() != QLatin1String("log"))
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        QHash<QString, QString> children;
        while (xml.readNextStartElement())
            children.insert(xml.name().toString(), xml.readElementText());
        const int type = a.value(QLatin1String("type")).toInt();
        const QString oid = a.value(QLatin1String("o_id")).toString();
        if (type == 10) {
            tagNames.insert(oid, children.value(QStringLiteral("name")));
        } else if (type == 13) {
            const QString fname = children.value(QStringLiteral("fname"));
            if (!safeRelativePath(fname))
                return fail(ImportIssue::Kind::Unsafe, QCoreApplication::translate("MnemosyneImporter", "media file name '%1' points outside the media folder").arg(fname));
            const auto m = (*zip)->indexOf(fname);
            if (!m) {
                result.addWarning(ImportIssue::Kind::MissingField, QCoreApplication::translate("MnemosyneImporter", "%1: media file '%2' is not in the archive").arg(fileName, fname));
                continue;
            }
            ForeignMedia media;
            media.name = fname;
            media.storeAs = fname;
            media.storeAs.replace(QLatin1Char('/'), QLatin1Char('_'));   // our media folder is flat, like Anki's
            media.read = [zip = zip->get(), member = *m]() { return zip->readAll(member, MediaStager::kMaxFileBytes); };
            data.media.push_back(std::move(media));
        } else if (type == 16) {
            facts.insert(oid, children);
            factOrder << oid;
        } else if (type == 6) {
            cards.push_back({a, children.value(QStringLiteral("extra"))});
        }
    }
    if (xml.hasError() || !root)
        return fail(ImportIssue::Kind::Corrupt,
                    QCoreApplication::translate("MnemosyneImporter", "cards.xml line %1: malformed XML: %2").arg(xml.lineNumber()).arg(xml.errorString()));

    QHash<QString, ForeignNote> notes;
    for (const CardRow &c : cards) {
        const QString factId = c.a.value(QLatin1String("fact")).toString();
        QString type;
        int ord = 0;
        splitView(c.a.value(QLatin1String("fact_v")).toString(), &type, &ord);
        if (!notes.contains(factId)) {
            ForeignNote n;
            if (!facts.contains(factId) || !factToNote(type, facts.value(factId), n)) {
                result.addWarning(ImportIssue::Kind::Unsupported,
                                  QCoreApplication::translate("MnemosyneImporter", "%1: card of fact '%2' (card type %3) is not imported").arg(fileName, factId, type));
                continue;
            }
            n.guid = QStringLiteral("mnemosyne:") + factId;
            notes.insert(factId, n);
        }
        ForeignNote &n = notes[factId];
        if (type == QLatin1String("5")) {
            const int i = clozeIndex(c.extra);
            if (i >= 0)
                ord = i;
        }
        QStringList tags;
        for (const QString &t : c.a.value(QLatin1String("tags")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            tags << tagNames.value(t.trimmed(), t.trimmed());
        n.tags << convertTags(tags);
        n.tags.removeDuplicates();
        auto num = [&](const char *k) { return c.a.value(QLatin1String(k)).toString(); };
        n.cards.push_back(scheduled(ord, num("l_rp").toLongLong(), num("n_rp").toLongLong(), num("e").toDouble(),
                                    num("ac_rp").toInt() + num("rt_rp").toInt(), num("lps").toInt()));
        if (num("gr").toInt() < 0)
            n.cards.back().state = NewState{};
    }
    for (const QString &f : factOrder)
        if (notes.contains(f))
            data.notes.push_back(notes.value(f));
    zipOut = std::move(*zip);
    return true;
}

} // namespace

QString MnemosyneImporter::convertField(const QString &in)
{
    QString s = in;
    s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    s.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    s.replace(QLatin1String("<$$>"), QLatin1String("[$$]")).replace(QLatin1String("</$$>"), QLatin1String("[/$$]"));
    s.replace(QLatin1String("<$>"), QLatin1String("[$]")).replace(QLatin1String("</$>"), QLatin1String("[/$]"));
    s.replace(QLatin1String("<latex>"), QLatin1String("[latex]")).replace(QLatin1String("</latex>"), QLatin1String("[/latex]"));
    static const QRegularExpression audio(QStringLiteral("<audio src=[\"']([^\"']+)[\"'][^>]*>(?:</audio>)?"),
                                          QRegularExpression::CaseInsensitiveOption);
    s.replace(audio, QStringLiteral("[sound:\\1]"));
    return s;
}

QString MnemosyneImporter::convertCloze(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\[([^\\[\\]]+)\\]"));
    QString out;
    int last = 0, n = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        // Leave Anki LaTeX markers ([$], [/latex]…) alone.
        const QString inner = m.captured(1);
        if (inner.startsWith(QLatin1Char('$')) || inner.startsWith(QLatin1Char('/')) || inner == QLatin1String("latex"))
            continue;
        out += text.mid(last, m.capturedStart() - last);
        out += QStringLiteral("{{c%1::%2}}").arg(++n).arg(inner);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

ImportResult MnemosyneImporter::importFile(Collection &collection, const QString &path, const ImportOptions &options,
                                           const ProgressFn &progress, const QDateTime &now)
{
    ImportResult result;
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.addError(ImportIssue::Kind::NotFound, QCoreApplication::translate("MnemosyneImporter", "%1: cannot read: %2").arg(path, file.errorString()));
        return result;
    }
    const QByteArray head = file.peek(16);
    ForeignData data = newData();
    std::unique_ptr<ZipReader> zip;   // a .cards file's media are read from it while writing
    ImportTemp temp(collection);
    bool ok = false;
    if (file.size() == 0) {
        result.addError(ImportIssue::Kind::MissingField, QCoreApplication::translate("MnemosyneImporter", "%1: the file is empty").arg(fileName));
    } else if (head.startsWith("SQLite format 3")) {
        file.close();
        ok = readDb(path, fileName, temp, progress, data, result);
    } else if (head.startsWith("PK")) {
        file.close();
        ok = readCards(path, fileName, data, zip, result);
    } else if (QFileInfo(path).suffix().toLower() == QLatin1String("xml") || head.startsWith("<")
               || head.startsWith("\xEF\xBB\xBF<")) {
        if (file.size() > kMaxXmlBytes)
            result.addError(ImportIssue::Kind::Unsafe, QCoreApplication::translate("MnemosyneImporter", "%1: larger than %2 MiB; refusing to read it").arg(fileName).arg(kMaxXmlBytes >> 20));
        else
            ok = read1xXml(file.readAll(), fileName, data, result);
    } else {
        result.addError(ImportIssue::Kind::UnknownFormat,
                        QCoreApplication::translate("MnemosyneImporter", "%1: not a Mnemosyne XML export, .cards file or database").arg(fileName));
    }
    if (!ok || !result.ok())
        return result;
    for (ForeignNote &n : data.notes)
        if (n.notetype.isEmpty())
            n.notetype = QStringLiteral("Basic");

    ForeignDataImporter writer(collection, options, now.isValid() ? now : SystemClock().now());
    if (Result<void> r = writer.write(data, result, progress, fileName); !r)
        result.addError(importIssueKind(r.error().kind), r.error().message);
    return result;
}

} // namespace debrief
