#include "search/searchparser.h"

#include <QCoreApplication>
#include <QStringList>

namespace debrief {

namespace {

struct Token {
    enum class Type { Open, Close, Word, And, Or };
    Type type = Type::Word;
    QString text;       // escapes kept (\* \_ \: \" \\); quotes removed
    bool negated = false;
    int column = 1;
};

Error syntaxError(const QString &what, int column)
{
    return makeError(Error::Kind::InvalidInput, QCoreApplication::translate("SearchParser", "search: %1 (at column %2)").arg(what).arg(column));
}

Result<std::vector<Token>> tokenize(const QString &q)
{
    std::vector<Token> out;
    const int n = q.size();
    int i = 0;
    while (i < n) {
        const QChar c = q.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.column = i + 1;
        if (c == QLatin1Char('-') && i + 1 < n && !q.at(i + 1).isSpace()) {
            t.negated = true;
            ++i;
        }
        if (q.at(i) == QLatin1Char('(')) {
            t.type = Token::Type::Open;
            ++i;
            out.push_back(t);
            continue;
        }
        if (q.at(i) == QLatin1Char(')')) {
            if (t.negated)
                return syntaxError(QCoreApplication::translate("SearchParser", "'-' before ')'"), t.column);
            t.type = Token::Type::Close;
            ++i;
            out.push_back(t);
            continue;
        }
        bool quoted = false;
        bool sawQuote = false;
        while (i < n) {
            const QChar ch = q.at(i);
            if (ch == QLatin1Char('\\')) {
                if (i + 1 >= n)
                    return syntaxError(QCoreApplication::translate("SearchParser", "a backslash at the end escapes nothing"), i + 1);
                const QChar next = q.at(i + 1);
                // A quote needs no escape in the result; the others keep theirs for the glob.
                if (next == QLatin1Char('"'))
                    t.text += next;
                else
                    t.text += ch, t.text += next;
                i += 2;
                continue;
            }
            if (ch == QLatin1Char('"')) {
                quoted = !quoted;
                sawQuote = true;
                ++i;
                continue;
            }
            if (!quoted && (ch.isSpace() || ch == QLatin1Char('(') || ch == QLatin1Char(')')))
                break;
            t.text += ch;
            ++i;
        }
        if (quoted)
            return syntaxError(QCoreApplication::translate("SearchParser", "a quote is not closed"), t.column);
        if (!sawQuote && !t.negated) {
            if (t.text.compare(QLatin1String("and"), Qt::CaseInsensitive) == 0)
                t.type = Token::Type::And;
            else if (t.text.compare(QLatin1String("or"), Qt::CaseInsensitive) == 0)
                t.type = Token::Type::Or;
        }
        if (t.type == Token::Type::Word && t.text.isEmpty()) {
            if (!sawQuote)
                return syntaxError(QCoreApplication::translate("SearchParser", "'-' needs something to negate"), t.column);
            continue;   // "" matches everything: leave it out
        }
        out.push_back(t);
    }
    return out;
}

// First ':' that is not escaped, or -1.
int keySeparator(const QString &text)
{
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (text.at(i) == QLatin1Char(':'))
            return i;
    }
    return -1;
}

bool parseCompare(const QString &s, QString *key, QString *op, QString *operand)
{
    static const char *const ops[] = {"<=", ">=", "!=", "=", "<", ">"};
    for (int i = 0; i < s.size(); ++i) {
        for (const char *o : ops) {
            const QLatin1String ol(o);
            if (QStringView(s).mid(i).startsWith(ol)) {
                *key = s.left(i).toLower();
                *op = ol;
                *operand = s.mid(i + ol.size());
                return !key->isEmpty() && !operand->isEmpty();
            }
        }
    }
    return false;
}

Result<SearchNode> makeTerm(const Token &t)
{
    SearchNode node;
    const int sep = keySeparator(t.text);
    if (sep <= 0) {
        node.kind = SearchNode::Kind::Text;
        node.value = t.text;
        return node;
    }
    const QString key = SearchParser::unescape(t.text.left(sep)).toLower();
    const QString value = t.text.mid(sep + 1);
    const QString plain = SearchParser::unescape(value);
    auto needValue = [&]() { return syntaxError(QCoreApplication::translate("SearchParser", "'%1:' needs a value").arg(key), t.column); };
    auto positive = [&](const QString &s, int max, int *out) {
        bool ok = false;
        const int v = s.toInt(&ok);
        if (!ok || v < 1 || v > max)
            return false;
        *out = v;
        return true;
    };

    if (key == QLatin1String("deck") || key == QLatin1String("tag") || key == QLatin1String("note")) {
        if (value.isEmpty())
            return needValue();
        node.kind = key == QLatin1String("deck") ? SearchNode::Kind::Deck
                    : key == QLatin1String("tag") ? SearchNode::Kind::Tag
                                                  : SearchNode::Kind::Notetype;
        node.value = value;
    } else if (key == QLatin1String("card")) {
        if (value.isEmpty())
            return needValue();
        node.kind = SearchNode::Kind::Template;
        bool isNumber = false;
        const int ord = plain.toInt(&isNumber);
        if (isNumber && ord < 1)
            return syntaxError(QCoreApplication::translate("SearchParser", "card numbers start at 1"), t.column);
        node.number = isNumber ? ord : 0;
        node.value = value;
    } else if (key == QLatin1String("is")) {
        static const QStringList states = {QStringLiteral("new"), QStringLiteral("learn"), QStringLiteral("review"),
                                           QStringLiteral("due"), QStringLiteral("suspended"), QStringLiteral("buried"),
                                           QStringLiteral("leech")};
        if (!states.contains(plain.toLower()))
            return syntaxError(QCoreApplication::translate("SearchParser", "'is:%1' is not one of %2").arg(plain, states.join(QLatin1Char('|'))), t.column);
        node.kind = SearchNode::Kind::State;
        node.value = plain.toLower();
    } else if (key == QLatin1String("flag")) {
        bool ok = false;
        node.number = plain.toInt(&ok);
        if (!ok || node.number < 0 || node.number > 7)
            return syntaxError(QCoreApplication::translate("SearchParser", "'flag:' takes a number from 0 to 7"), t.column);
        node.kind = SearchNode::Kind::Flag;
    } else if (key == QLatin1String("rated")) {
        const QStringList parts = plain.split(QLatin1Char(':'));
        node.kind = SearchNode::Kind::Rated;
        // Anki caps rated: at 365 days; so do we, for the same reason (revlog scans stay bounded).
        if (parts.size() > 2 || !positive(parts.at(0), 365, &node.number))
            return syntaxError(QCoreApplication::translate("SearchParser", "'rated:' takes days from 1 to 365, then optionally :1-4"), t.column);
        if (parts.size() == 2 && !positive(parts.at(1), 4, &node.number2))
            return syntaxError(QCoreApplication::translate("SearchParser", "'rated:N:' takes a rating from 1 to 4"), t.column);
    } else if (key == QLatin1String("added")) {
        node.kind = SearchNode::Kind::Added;
        if (!positive(plain, 36500, &node.number))
            return syntaxError(QCoreApplication::translate("SearchParser", "'added:' takes a number of days"), t.column);
    } else if (key == QLatin1String("prop")) {
        QString prop, op, operand;
        if (!parseCompare(plain, &prop, &op, &operand))
            return syntaxError(QCoreApplication::translate("SearchParser", "'prop:' takes a comparison such as prop:ivl>10"), t.column);
        static const QStringList props = {QStringLiteral("ivl"), QStringLiteral("due"), QStringLiteral("ease"),
                                          QStringLiteral("lapses"), QStringLiteral("reps")};
        if (!props.contains(prop))
            return syntaxError(QCoreApplication::translate("SearchParser", "'prop:%1' is not one of %2").arg(prop, props.join(QLatin1Char('|'))), t.column);
        bool ok = false;
        node.real = operand.toDouble(&ok);
        if (!ok)
            return syntaxError(QCoreApplication::translate("SearchParser", "'%1' is not a number").arg(operand), t.column);
        node.kind = SearchNode::Kind::Property;
        node.key = prop;
        node.op = op;
    } else if (key == QLatin1String("kind")) {
        static const QStringList kinds = {QStringLiteral("basic"), QStringLiteral("cloze"), QStringLiteral("pair"),
                                          QStringLiteral("tree"), QStringLiteral("layers")};
        if (!kinds.contains(plain.toLower()))
            return syntaxError(QCoreApplication::translate("SearchParser", "'kind:%1' is not one of %2").arg(plain, kinds.join(QLatin1Char('|'))), t.column);
        node.kind = SearchNode::Kind::CardKind;
        node.value = plain.toLower();
    } else if (key == QLatin1String("nid") || key == QLatin1String("cid")) {
        node.kind = key == QLatin1String("nid") ? SearchNode::Kind::NoteIds : SearchNode::Kind::CardIds;
        for (const QString &part : plain.split(QLatin1Char(','))) {
            bool ok = false;
            const qint64 id = part.toLongLong(&ok);
            if (!ok)
                return syntaxError(QCoreApplication::translate("SearchParser", "'%1:' takes ids separated by commas").arg(key), t.column);
            node.ids.push_back(id);
        }
    } else {
        node.kind = SearchNode::Kind::Field;
        node.key = t.text.left(sep);
        node.value = value;
    }
    return node;
}

class Parser {
public:
    explicit Parser(std::vector<Token> tokens) : m_tokens(std::move(tokens)) {}

    Result<SearchNode> parseAll()
    {
        if (m_tokens.empty())
            return SearchNode{};   // an empty AND: everything
        Result<SearchNode> root = parseOr(0);
        if (!root)
            return root;
        if (m_pos < m_tokens.size())
            return syntaxError(QCoreApplication::translate("SearchParser", "')' without '('"), m_tokens[m_pos].column);
        return root;
    }

private:
    const Token *peek() const { return m_pos < m_tokens.size() ? &m_tokens[m_pos] : nullptr; }

    static SearchNode combine(SearchNode::Kind kind, std::vector<SearchNode> parts)
    {
        if (parts.size() == 1)
            return std::move(parts.front());
        SearchNode node;
        node.kind = kind;
        node.children = std::move(parts);
        return node;
    }

    Result<SearchNode> parseOr(int depth)
    {
        std::vector<SearchNode> parts;
        while (true) {
            Result<SearchNode> part = parseAnd(depth);
            if (!part)
                return part;
            parts.push_back(std::move(*part));
            const Token *t = peek();
            if (!t || t->type != Token::Type::Or)
                break;
            ++m_pos;
        }
        return combine(SearchNode::Kind::Or, std::move(parts));
    }

    Result<SearchNode> parseAnd(int depth)
    {
        std::vector<SearchNode> parts;
        while (const Token *t = peek()) {
            if (t->type == Token::Type::Close || t->type == Token::Type::Or)
                break;
            if (t->type == Token::Type::And) {
                if (parts.empty())
                    return syntaxError(QCoreApplication::translate("SearchParser", "'and' needs something before it"), t->column);
                ++m_pos;
                continue;
            }
            Result<SearchNode> part = parseUnary(depth);
            if (!part)
                return part;
            parts.push_back(std::move(*part));
        }
        if (parts.empty()) {
            const Token *t = peek();
            const int column = t ? t->column : (m_tokens.empty() ? 1 : m_tokens.back().column);
            return syntaxError(t && t->type == Token::Type::Or ? QCoreApplication::translate("SearchParser", "'or' needs something on both sides")
                                                               : QCoreApplication::translate("SearchParser", "an empty group"),
                               column);
        }
        return combine(SearchNode::Kind::And, std::move(parts));
    }

    Result<SearchNode> parseUnary(int depth)
    {
        const Token &t = m_tokens[m_pos++];
        Result<SearchNode> inner = makeError(Error::Kind::Internal, QString());
        if (t.type == Token::Type::Open) {
            if (depth + 1 > SearchParser::kMaxDepth)
                return syntaxError(QCoreApplication::translate("SearchParser", "parentheses nested deeper than %1").arg(SearchParser::kMaxDepth), t.column);
            inner = parseOr(depth + 1);
            if (!inner)
                return inner;
            const Token *close = peek();
            if (!close || close->type != Token::Type::Close)
                return syntaxError(QCoreApplication::translate("SearchParser", "'(' is not closed"), t.column);
            ++m_pos;
        } else {
            inner = makeTerm(t);
            if (!inner)
                return inner;
        }
        if (!t.negated)
            return inner;
        SearchNode neg;
        neg.kind = SearchNode::Kind::Not;
        neg.children.push_back(std::move(*inner));
        return neg;
    }

    std::vector<Token> m_tokens;
    size_t m_pos = 0;
};

} // namespace

Result<SearchNode> SearchParser::parse(const QString &query)
{
    if (query.size() > kMaxQueryLength)
        return makeError(Error::Kind::InvalidInput,
                         QCoreApplication::translate("SearchParser", "search: the query is longer than %1 characters").arg(kMaxQueryLength));
    Result<std::vector<Token>> tokens = tokenize(query);
    if (!tokens)
        return tokens.error();
    return Parser(std::move(*tokens)).parseAll();
}

QString SearchParser::toLikePattern(const QString &glob)
{
    QString out;
    out.reserve(glob.size() + 4);
    for (int i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == QLatin1Char('\\') && i + 1 < glob.size()) {
            const QChar next = glob.at(++i);
            if (next == QLatin1Char('_') || next == QLatin1Char('%') || next == QLatin1Char('\\'))
                out += QLatin1Char('\\');
            out += next;
        } else if (c == QLatin1Char('*')) {
            out += QLatin1Char('%');
        } else if (c == QLatin1Char('%')) {
            out += QLatin1String("\\%");
        } else {
            out += c;   // '_' stays LIKE's single-character wildcard, as in Anki
        }
    }
    return out;
}

QString SearchParser::unescape(const QString &glob)
{
    QString out;
    out.reserve(glob.size());
    for (int i = 0; i < glob.size(); ++i) {
        if (glob.at(i) == QLatin1Char('\\') && i + 1 < glob.size())
            ++i;
        out += glob.at(i);
    }
    return out;
}

} // namespace debrief
