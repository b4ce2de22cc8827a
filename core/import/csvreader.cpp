#include "import/csvreader.h"

#include <QCoreApplication>

namespace debrief {

namespace {

// Offset of the first byte that is not part of well-formed UTF-8 (no overlongs, no surrogates,
// nothing above U+10FFFF), or -1. QString::fromUtf8 would silently substitute U+FFFD instead.
qsizetype firstInvalidUtf8(const QByteArray &bytes, qsizetype from)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = from;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int cp = 0;
        unsigned int min = 0;
        if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
        else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
        else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
        else return i;
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i)
        if (bytes.at(i) == '\n')
            ++line;
    return line;
}

} // namespace

Result<QString> CsvReader::decode(const QByteArray &bytes, const QString &fileName, int *badLine)
{
    QString text;
    const auto *u = reinterpret_cast<const unsigned char *>(bytes.constData());
    if (bytes.size() >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        const bool bigEndian = u[0] == 0xFE;
        if (bytes.size() % 2 != 0)
            return makeError(Error::Kind::InvalidInput,
                             QCoreApplication::translate("CsvReader", "%1: UTF-16 text with an odd number of bytes (truncated?)").arg(fileName));
        const qsizetype units = (bytes.size() - 2) / 2;
        text.resize(int(units));
        for (qsizetype i = 0; i < units; ++i) {
            const unsigned char a = u[2 + 2 * i], b = u[3 + 2 * i];
            text[int(i)] = QChar(bigEndian ? char16_t((a << 8) | b) : char16_t((b << 8) | a));
        }
    } else {
        const qsizetype start = (bytes.size() >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) ? 3 : 0;
        const qsizetype bad = firstInvalidUtf8(bytes, start);
        if (bad >= 0) {
            const int line = lineAt(bytes, bad);
            if (badLine)
                *badLine = line;
            return makeError(Error::Kind::InvalidInput,
                             QCoreApplication::translate("CsvReader", "%1:%2: not valid UTF-8 (byte 0x%3 at offset %4); save the file as UTF-8 or UTF-16 with a BOM")
                                 .arg(fileName).arg(line)
                                 .arg(uint(u[bad]), 2, 16, QLatin1Char('0')).arg(qint64(bad)));
        }
        text = QString::fromUtf8(bytes.constData() + start, int(bytes.size() - start));
    }
    const int nul = text.indexOf(QChar(0));
    if (nul >= 0) {
        const int line = text.left(nul).count(QLatin1Char('\n')) + 1;
        if (badLine)
            *badLine = line;
        return makeError(Error::Kind::Corrupt,
                         QCoreApplication::translate("CsvReader", "%1:%2: contains NUL characters; this is a binary file, not text").arg(fileName).arg(line));
    }
    return text;
}

QChar CsvReader::guessSeparator(const QString &text, int from)
{
    const QString sample = text.mid(from, 8 * 1024);
    for (QChar c : {QChar(QLatin1Char('\t')), QChar(QLatin1Char('|')), QChar(QLatin1Char(';')),
                    QChar(QLatin1Char(':')), QChar(QLatin1Char(','))}) {
        if (sample.contains(c))
            return c;
    }
    return QLatin1Char(' ');
}

CsvReader::CsvReader(const QString &text, QChar separator, int from, int firstLine)
    : m_text(text), m_sep(separator), m_pos(from), m_line(firstLine)
{
}

Result<std::optional<CsvRecord>> CsvReader::next()
{
    const int n = m_text.size();
    const QChar *s = m_text.constData();
    // Skip blank lines and comment lines.
    while (m_pos < n) {
        if (s[m_pos] == QLatin1Char('\n')) {
            ++m_pos;
            ++m_line;
            continue;
        }
        if (s[m_pos] == QLatin1Char('\r')) {
            ++m_pos;
            continue;
        }
        if (s[m_pos] == QLatin1Char('#')) {
            while (m_pos < n && s[m_pos] != QLatin1Char('\n'))
                ++m_pos;
            continue;
        }
        break;
    }
    if (m_pos >= n)
        return std::optional<CsvRecord>();

    CsvRecord rec;
    rec.line = m_line;
    QString field;
    bool quoted = false;      // inside a quoted section
    bool atFieldStart = true;
    auto tooBig = [&]() {
        return makeError(Error::Kind::Unsafe,
                         QCoreApplication::translate("CsvReader", "line %1: a field is longer than %2 characters; refusing to import it")
                             .arg(rec.line).arg(kMaxFieldChars));
    };
    while (m_pos < n) {
        if (field.size() > kMaxFieldChars)
            return tooBig();
        const QChar c = s[m_pos];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_pos + 1 < n && s[m_pos + 1] == QLatin1Char('"')) {
                    field += c;
                    m_pos += 2;
                } else {
                    quoted = false;
                    ++m_pos;
                }
                continue;
            }
            if (c == QLatin1Char('\n'))
                ++m_line;
            // CRLF inside quotes stays a plain newline, as the text was written on Windows.
            if (!(c == QLatin1Char('\r') && m_pos + 1 < n && s[m_pos + 1] == QLatin1Char('\n')))
                field += c;
            ++m_pos;
        } else if (c == QLatin1Char('"') && atFieldStart) {
            quoted = true;
            atFieldStart = false;
            ++m_pos;
        } else if (c == m_sep) {
            if (rec.fields.size() + 1 >= kMaxFields)
                return makeError(Error::Kind::Unsafe,
                                 QCoreApplication::translate("CsvReader", "line %1: more than %2 fields; refusing to import it")
                                     .arg(rec.line).arg(kMaxFields));
            rec.fields << field;
            field.clear();
            atFieldStart = true;
            ++m_pos;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && m_pos + 1 < n && s[m_pos + 1] == QLatin1Char('\n'))
                ++m_pos;
            ++m_pos;
            ++m_line;
            break;
        } else {
            field += c;
            atFieldStart = false;
            ++m_pos;
        }
    }
    if (field.size() > kMaxFieldChars)
        return tooBig();
    rec.fields << field;
    return std::optional<CsvRecord>(std::move(rec));
}

} // namespace debrief
