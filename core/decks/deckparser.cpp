#include "decks/deckparser.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <set>

namespace debrief {

namespace {

// A generic indented item list: `- title` lines with indented `key: value` lines. Tree branches
// nest to any depth; layers do not nest (maxDepth 0).
struct ListItem {
    QString title;
    QMap<QString, QString> keys;
    QMap<QString, int> keyLines;
    std::vector<ListItem> children;
    int line = 0;
};

const QRegularExpression &fieldLineRe()
{
    // `Name:` at column 0, followed by a space or the end of the line.
    static const QRegularExpression re(QStringLiteral("^([A-Za-z][A-Za-z0-9_-]*):(?:[ \\t](.*))?$"));
    return re;
}

bool isFenceLine(const QString &line) { return line.trimmed().startsWith(QLatin1String("```")); }

QStringList splitWords(const QString &s)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
#if QT_VERSION >= QT_VERSION_CHECK(5, 14, 0)
    return s.split(space, Qt::SkipEmptyParts);
#else
    return s.split(space, QString::SkipEmptyParts);
#endif
}

void addIssue(std::vector<DeckIssue> *issues, DeckIssue::Kind kind, const QString &path, int line,
              const QString &message)
{
    if (issues)
        issues->push_back({kind, path, line, message});
}

std::vector<ListItem> parseList(const DeckParser::NumberedLines &lines, const QStringList &keyNames, int maxDepth,
                                std::vector<DeckIssue> *issues, const QString &path, const QString &what)
{
    std::vector<ListItem> roots;
    std::vector<ListItem *> stack;   // the open item at each depth
    QString lastKey;
    int lastKeyIndent = -1;
    for (const auto &numbered : lines) {
        const int no = numbered.first;
        const QString &text = numbered.second;
        if (text.trimmed().isEmpty())
            continue;
        int indent = 0;
        while (indent < text.size() && (text.at(indent) == QLatin1Char(' ') || text.at(indent) == QLatin1Char('\t'))) {
            if (text.at(indent) == QLatin1Char('\t')) {
                addIssue(issues, DeckIssue::Kind::BadIndent, path, no,
                         DeckParser::tr("tab in the indentation of a %1 list; indent with two spaces per level").arg(what));
                indent = -1;
                break;
            }
            ++indent;
        }
        if (indent < 0)
            continue;
        const QString content = text.mid(indent).trimmed();
        if (content == QLatin1String("-") || content.startsWith(QLatin1String("- "))) {
            const int depth = indent / 2;
            if (indent % 2 != 0 || depth > int(stack.size()) || depth > maxDepth) {
                addIssue(issues, DeckIssue::Kind::BadIndent, path, no,
                         maxDepth == 0 ? DeckParser::tr("a %1 entry must start at column 0 (%1 do not nest)").arg(what)
                                       : DeckParser::tr("bad indentation: a sub-%1 is indented two spaces more than its parent").arg(what));
                continue;
            }
            stack.resize(depth);
            std::vector<ListItem> &container = depth == 0 ? roots : stack.back()->children;
            ListItem item;
            item.title = content.mid(1).trimmed();
            item.line = no;
            if (item.title.isEmpty())
                addIssue(issues, DeckIssue::Kind::BadStructure, path, no, DeckParser::tr("empty %1 entry").arg(what));
            container.push_back(std::move(item));
            stack.push_back(&container.back());
            lastKey.clear();
            lastKeyIndent = -1;
            continue;
        }
        if (stack.empty()) {
            addIssue(issues, DeckIssue::Kind::BadStructure, path, no,
                     DeckParser::tr("expected '- <%1>' to start the list").arg(what));
            continue;
        }
        static const QRegularExpression keyRe(QStringLiteral("^([A-Za-z]+):(?:\\s+(.*))?$"));
        const auto m = keyRe.match(content);
        if (m.hasMatch() && keyNames.contains(m.captured(1))) {
            if (indent % 2 != 0 || indent < 2 || indent / 2 > int(stack.size())) {
                addIssue(issues, DeckIssue::Kind::BadIndent, path, no,
                         DeckParser::tr("bad indentation: keys are indented two spaces more than their '- ' line"));
                continue;
            }
            // Keys may follow their item's sub-items; the indent says which item they belong to.
            stack.resize(indent / 2);
            ListItem *item = stack.back();
            const QString key = m.captured(1);
            if (item->keys.contains(key))
                addIssue(issues, DeckIssue::Kind::BadStructure, path, no, DeckParser::tr("'%1:' given twice").arg(key));
            item->keys.insert(key, m.captured(2).trimmed());
            item->keyLines.insert(key, no);
            lastKey = key;
            lastKeyIndent = indent;
            continue;
        }
        if (!lastKey.isEmpty() && indent > lastKeyIndent) {
            // A long key value wrapped onto a deeper-indented line: joined with a space.
            ListItem *item = stack.back();
            item->keys[lastKey] = (item->keys.value(lastKey) + QLatin1Char(' ') + content).trimmed();
            continue;
        }
        addIssue(issues, DeckIssue::Kind::BadStructure, path, no,
                 DeckParser::tr("expected %1: or '- <sub-entry>'").arg(keyNames.join(QLatin1String(":, "))));
    }
    return roots;
}

void checkCovers(const QStringList &covers, int line, std::vector<DeckIssue> *issues, const QString &path)
{
    for (const QString &c : covers)
        if (!DeckParser::isValidCoversId(c))
            addIssue(issues, DeckIssue::Kind::BadCovers, path, line,
                     DeckParser::tr("'%1' is not a coverage id of the form S<n>-<P|C|F|M|K><n>[.<n>]").arg(c));
}

DeckBranch toBranch(const ListItem &item, std::vector<DeckIssue> *issues, const QString &path)
{
    DeckBranch b;
    b.cause = item.title;
    b.detect = item.keys.value(QStringLiteral("detect"));
    b.fix = item.keys.value(QStringLiteral("fix"));
    b.covers = splitWords(item.keys.value(QStringLiteral("covers")));
    b.line = item.line;
    for (const char *key : {"detect", "fix"})
        if (b.cause.size() && item.keys.value(QLatin1String(key)).isEmpty())
            addIssue(issues, DeckIssue::Kind::BadStructure, path, item.line,
                     DeckParser::tr("branch '%1' has no %2:").arg(b.cause, QLatin1String(key)));
    checkCovers(b.covers, item.keyLines.value(QStringLiteral("covers"), item.line), issues, path);
    for (const ListItem &child : item.children)
        b.children.push_back(toBranch(child, issues, path));
    return b;
}

DeckParser::NumberedLines numbered(const QString &text)
{
    DeckParser::NumberedLines lines;
    int no = 1;
    for (const QString &l : text.split(QLatin1Char('\n')))
        lines.emplace_back(no++, l);
    return lines;
}

// A field being read: its `Name:` line and its value lines with their line numbers.
struct PendingField {
    QString name;
    int line = 0;
    DeckParser::NumberedLines lines;
};

QString joinValue(const DeckParser::NumberedLines &lines)
{
    int first = 0;
    int last = int(lines.size()) - 1;
    while (first <= last && lines[first].second.trimmed().isEmpty())
        ++first;
    while (last >= first && lines[last].second.trimmed().isEmpty())
        --last;
    QStringList out;
    for (int i = first; i <= last; ++i) {
        QString l = lines[i].second;
        // Trailing blanks are invisible and would make round trips depend on the editor.
        while (!l.isEmpty() && l.back().isSpace())
            l.chop(1);
        out << l;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

bool DeckParser::isValidId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9-]{3,64}$"));
    return re.match(id).hasMatch();
}

bool DeckParser::isValidCoversId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^S[0-9]+-[PCFMK][0-9]+(\\.[0-9]+)?$"));
    return re.match(id).hasMatch();
}

std::vector<int> DeckParser::clozeNumbers(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\{\\{c(\\d+)::"));
    std::set<int> numbers;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const int n = it.next().captured(1).toInt();
        if (n > 0)
            numbers.insert(n);
    }
    return std::vector<int>(numbers.begin(), numbers.end());
}

bool DeckParser::clozeBracesBalanced(const QString &text)
{
    // As Anki reads cloze text: "{{cN::" opens, "}}" closes the innermost open deletion, and a
    // "}}" with nothing open is plain text (LaTeX such as \frac{a}{b^{2}} ends in one).
    // Length of a "{{cN::" opener starting at i, else 0.
    const auto openerAt = [&text](int i) {
        if (!QStringView(text).mid(i).startsWith(QLatin1String("{{c")))
            return 0;
        int j = i + 3;
        while (j < text.size() && text.at(j).isDigit())
            ++j;
        return j > i + 3 && QStringView(text).mid(j).startsWith(QLatin1String("::")) ? j + 2 - i : 0;
    };
    int depth = 0;
    for (int i = 0; i + 1 < text.size();) {
        if (const int n = openerAt(i)) {
            ++depth;
            i += n;
        } else if (depth > 0 && text.at(i) == QLatin1Char('}') && text.at(i + 1) == QLatin1Char('}')) {
            --depth;
            i += 2;
        } else {
            ++i;
        }
    }
    return depth == 0;
}

std::vector<DeckBranch> DeckParser::parseBranches(const NumberedLines &lines, std::vector<DeckIssue> *issues,
                                                  const QString &path)
{
    const auto items = parseList(lines, {QStringLiteral("detect"), QStringLiteral("fix"), QStringLiteral("covers")},
                                 kMaxBranchDepth, issues, path, tr("branch"));
    std::vector<DeckBranch> out;
    for (const ListItem &item : items)
        out.push_back(toBranch(item, issues, path));
    return out;
}

std::vector<DeckLayer> DeckParser::parseLayers(const NumberedLines &lines, std::vector<DeckIssue> *issues,
                                               const QString &path)
{
    const auto items = parseList(lines, {QStringLiteral("metrics"), QStringLiteral("drives"), QStringLiteral("covers")},
                                 0, issues, path, tr("layers"));
    std::vector<DeckLayer> out;
    for (const ListItem &item : items) {
        DeckLayer l;
        l.name = item.title;
        l.metrics = item.keys.value(QStringLiteral("metrics"));
        l.drives = item.keys.value(QStringLiteral("drives"));
        l.covers = splitWords(item.keys.value(QStringLiteral("covers")));
        l.line = item.line;
        for (const char *key : {"metrics", "drives"})
            if (!l.name.isEmpty() && item.keys.value(QLatin1String(key)).isEmpty())
                addIssue(issues, DeckIssue::Kind::BadStructure, path, item.line,
                         tr("layer '%1' has no %2:").arg(l.name, QLatin1String(key)));
        checkCovers(l.covers, item.keyLines.value(QStringLiteral("covers"), item.line), issues, path);
        out.push_back(std::move(l));
    }
    return out;
}

QStringList DeckParser::parsePoints(const NumberedLines &lines, std::vector<DeckIssue> *issues, const QString &path)
{
    QStringList points;
    for (const auto &numbered : lines) {
        const QString &text = numbered.second;
        if (text.trimmed().isEmpty())
            continue;
        if (text == QLatin1String("-") || text.startsWith(QLatin1String("- "))) {
            const QString point = text.mid(1).trimmed();
            if (point.isEmpty())
                addIssue(issues, DeckIssue::Kind::BadPoints, path, numbered.first, tr("empty point"));
            else
                points << point;
        } else if (text.startsWith(QLatin1Char(' ')) && !points.isEmpty()) {
            points.last() += QLatin1Char(' ') + text.trimmed();
        } else {
            addIssue(issues, DeckIssue::Kind::BadPoints, path, numbered.first,
                     tr("expected '- <point>': points: holds one '- ' line per key point"));
        }
    }
    return points;
}

QStringList DeckParser::parsePoints(const QString &text)
{
    return parsePoints(numbered(text), nullptr);
}

std::vector<DeckBranch> DeckParser::parseBranches(const QString &text)
{
    return parseBranches(numbered(text), nullptr);
}

std::vector<DeckLayer> DeckParser::parseLayers(const QString &text)
{
    return parseLayers(numbered(text), nullptr);
}

DeckParseResult DeckParser::parseFile(const QString &path)
{
    DeckParseResult r;
    r.deck.path = path;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.issues.push_back({DeckIssue::Kind::Io, path, 0, tr("cannot read: %1").arg(f.errorString())});
        return r;
    }
    const QByteArray bytes = f.readAll();
    // QStringDecoder is Qt 6 only: a U+FFFD that the bytes did not spell out marks invalid UTF-8.
    const QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar(0xFFFD)) && !bytes.contains("\xEF\xBF\xBD")) {
        r.issues.push_back({DeckIssue::Kind::Io, path, 0, tr("not valid UTF-8")});
        return r;
    }
    return parse(text, path);
}

DeckParseResult DeckParser::parse(const QString &input, const QString &path)
{
    DeckParseResult r;
    DeckFile &deck = r.deck;
    deck.path = path;
    std::vector<DeckIssue> *issues = &r.issues;

    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines)
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);

    bool inHeader = true;
    bool sawDeck = false;
    bool inBlock = false;      // inside a block of a known kind
    bool inFence = false;
    int fenceLine = 0;
    bool outsideReported = false;
    DeckNote note;
    std::vector<PendingField> fields;
    PendingField *current = nullptr;   // the field whose value is being read; null between fields
    QMap<QString, int> idLines;

    auto finishNote = [&]() {
        if (!inBlock)
            return;
        inBlock = false;
        current = nullptr;
        for (const PendingField &f : fields) {
            const QString value = joinValue(f.lines);
            if (f.name == QLatin1String("tags")) {
                note.tags = splitWords(value);
            } else if (f.name == QLatin1String("covers")) {
                note.covers = splitWords(value);
                checkCovers(note.covers, f.line, issues, path);
            } else if (f.name == deckPointsKey()) {
                note.points = parsePoints(f.lines, issues, path);
                note.fieldLines.insert(deckPointsField(), f.line);
            } else if (note.kind == DeckKind::Tree && f.name == QLatin1String("Branches")) {
                note.branches = parseBranches(f.lines, issues, path);
                note.fieldLines.insert(f.name, f.line);
                if (note.branches.empty())
                    addIssue(issues, DeckIssue::Kind::BadStructure, path, f.line, tr("a tree needs at least one branch"));
            } else if (note.kind == DeckKind::Layers && f.name == QLatin1String("Layers")) {
                note.layers = parseLayers(f.lines, issues, path);
                note.fieldLines.insert(f.name, f.line);
                if (note.layers.empty())
                    addIssue(issues, DeckIssue::Kind::BadStructure, path, f.line, tr("a layers note needs at least one layer"));
            } else {
                note.fields.insert(f.name, value);
                note.fieldLines.insert(f.name, f.line);
            }
        }
        for (const QString &req : deckKindRequiredFields(note.kind)) {
            if (!note.fieldLines.contains(req))
                addIssue(issues, DeckIssue::Kind::MissingField, path, note.line,
                         tr("%1 '%2' has no %3: field").arg(deckKindName(note.kind), note.id, req));
            else if (note.fields.contains(req) && note.fields.value(req).trimmed().isEmpty())
                addIssue(issues, DeckIssue::Kind::MissingField, path, note.fieldLines.value(req),
                         tr("%1: is empty").arg(req));
        }
        if (note.kind == DeckKind::Cloze && note.fields.contains(QStringLiteral("Text"))) {
            const QString t = note.fields.value(QStringLiteral("Text"));
            const int line = note.fieldLines.value(QStringLiteral("Text"));
            if (!clozeBracesBalanced(t))
                addIssue(issues, DeckIssue::Kind::BadCloze, path, line, tr("unbalanced {{ }} in the cloze text"));
            else if (!t.trimmed().isEmpty() && clozeNumbers(t).empty())
                addIssue(issues, DeckIssue::Kind::BadCloze, path, line, tr("cloze text has no {{c1::...}} deletion"));
        }
        deck.notes.push_back(std::move(note));
        note = DeckNote();
        fields.clear();
    };

    for (int i = 0; i < lines.size(); ++i) {
        const int no = i + 1;
        const QString &line = lines.at(i);

        if (inFence) {
            if (current)
                current->lines.emplace_back(no, line);
            if (isFenceLine(line))
                inFence = false;
            continue;
        }

        if (line.startsWith(QLatin1String("## ")) || line == QLatin1String("##")) {
            finishNote();
            inHeader = false;
            outsideReported = false;
            const QStringList parts = splitWords(line.mid(2));
            if (parts.size() != 2) {
                addIssue(issues, DeckIssue::Kind::BadId, path, no, tr("expected '## <kind> <id>'"));
                continue;
            }
            DeckKind kind;
            if (!deckKindFromName(parts.at(0), &kind)) {
                addIssue(issues, DeckIssue::Kind::UnknownKind, path, no,
                         tr("unknown kind '%1' (basic, reversed, cloze, pair, tree, layers)").arg(parts.at(0)));
                continue;
            }
            note.kind = kind;
            note.id = parts.at(1);
            note.line = no;
            inBlock = true;
            if (!isValidId(note.id))
                addIssue(issues, DeckIssue::Kind::BadId, path, no,
                         tr("bad id '%1': use 3 to 64 lowercase letters, digits and '-'").arg(note.id));
            else if (idLines.contains(note.id))
                addIssue(issues, DeckIssue::Kind::DuplicateId, path, no,
                         tr("duplicate id '%1' (first at line %2)").arg(note.id).arg(idLines.value(note.id)));
            else
                idLines.insert(note.id, no);
            continue;
        }

        if (inHeader) {
            const QString t = line.trimmed();
            if (t.isEmpty() || line == QLatin1String("#") || line.startsWith(QLatin1String("# ")))
                continue;
            const auto m = fieldLineRe().match(line);
            if (!m.hasMatch()) {
                addIssue(issues, DeckIssue::Kind::BadHeader, path, no, tr("expected 'key: value' or a '## <kind> <id>' block"));
                continue;
            }
            const QString key = m.captured(1);
            const QString value = m.captured(2).trimmed();
            if (key == QLatin1String("format")) {
                if (value != QLatin1String("1"))
                    addIssue(issues, DeckIssue::Kind::BadHeader, path, no, tr("unknown format '%1' (only 1 exists)").arg(value));
                deck.format = value.toInt();
            } else if (key == QLatin1String("deck")) {
                deck.deck = value;
                sawDeck = true;
                if (value.isEmpty())
                    addIssue(issues, DeckIssue::Kind::BadHeader, path, no, tr("deck: is empty"));
            } else if (key == QLatin1String("description")) {
                deck.description = value;
            } else if (key == QLatin1String("tags")) {
                deck.tags = splitWords(value);
            } else {
                addIssue(issues, DeckIssue::Kind::BadHeader, path, no,
                         tr("unknown header key '%1' (format, deck, description, tags)").arg(key));
            }
            continue;
        }

        if (!inBlock)
            continue;   // the rest of a block whose kind or block line was bad; already reported

        const auto m = fieldLineRe().match(line);
        if (m.hasMatch()) {
            const QString name = m.captured(1);
            const QStringList kindFields = deckKindFields(note.kind);
            // The rubric points are a list key written `points:` (like tags: and covers:), though
            // the notetype stores them in its "Points" field.
            const bool hasPoints = kindFields.contains(deckPointsField());
            const bool known = (kindFields.contains(name) && name != deckPointsField()) || name == QLatin1String("tags")
                || name == QLatin1String("covers") || (hasPoints && name == deckPointsKey());
            if (known) {
                for (const PendingField &f : fields)
                    if (f.name == name)
                        addIssue(issues, DeckIssue::Kind::UnknownField, path, no,
                                 tr("%1: given twice (first at line %2)").arg(name).arg(f.line));
                fields.push_back({name, no, {}});
                current = &fields.back();
                outsideReported = false;
                const QString rest = m.captured(2);
                current->lines.emplace_back(no, rest);
                if (isFenceLine(rest)) {
                    inFence = true;
                    fenceLine = no;
                }
                continue;
            }
            // Ordinary text may contain "Note: ..." at column 0, so only names that are clearly
            // meant as fields are reported: another kind's field, a wrong-case key, or a `Name:`
            // where no field is open yet.
            static const QStringList allNames = {
                QStringLiteral("Front"), QStringLiteral("Back"), QStringLiteral("Text"), QStringLiteral("Extra"),
                QStringLiteral("Question"), QStringLiteral("Weak"), QStringLiteral("Strong"), QStringLiteral("Why"),
                QStringLiteral("Root"), QStringLiteral("Branches"), QStringLiteral("Layers"), QStringLiteral("Model"),
                QStringLiteral("tags"), QStringLiteral("covers"), QStringLiteral("points")};
            bool looksLikeField = !current;
            for (const QString &n : allNames)
                if (n.compare(name, Qt::CaseInsensitive) == 0)
                    looksLikeField = true;
            if (looksLikeField) {
                QStringList textFields = kindFields;
                textFields.removeAll(deckPointsField());
                addIssue(issues, DeckIssue::Kind::UnknownField, path, no,
                         tr("unknown field '%1:' for a %2 note (fields: %3; common: tags, covers%4)")
                             .arg(name, deckKindName(note.kind), textFields.join(QLatin1String(", ")),
                                  hasPoints ? QStringLiteral(", points") : QString()));
                current = nullptr;
                outsideReported = true;   // its value lines are part of the same mistake
                continue;
            }
        }

        if (!current) {
            if (!line.trimmed().isEmpty() && !outsideReported) {
                addIssue(issues, DeckIssue::Kind::UnknownField, path, no,
                         tr("text outside any field; start it with a field such as '%1:'")
                             .arg(deckKindFields(note.kind).value(0)));
                outsideReported = true;
            }
            if (isFenceLine(line)) {
                inFence = true;
                fenceLine = no;
            }
            continue;
        }
        current->lines.emplace_back(no, line);
        if (isFenceLine(line)) {
            inFence = true;
            fenceLine = no;
        }
    }
    if (inFence)
        addIssue(issues, DeckIssue::Kind::BadFence, path, fenceLine, tr("code fence opened here is never closed"));
    finishNote();
    if (!sawDeck)
        addIssue(issues, DeckIssue::Kind::BadHeader, path, 1, tr("missing 'deck:' header"));
    return r;
}

} // namespace debrief
