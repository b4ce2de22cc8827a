#include "import/protoreader.h"

namespace debrief {

bool ProtoReader::readVarint(quint64 &out)
{
    out = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        if (m_pos >= m_data.size()) {
            m_error = true;
            return false;
        }
        const quint8 b = quint8(m_data[m_pos++]);
        out |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80))
            return true;
    }
    m_error = true;   // more than 10 bytes
    return false;
}

bool ProtoReader::next()
{
    if (m_error || m_pos >= m_data.size())
        return false;
    quint64 key = 0;
    if (!readVarint(key))
        return false;
    m_field = int(key >> 3);
    m_wire = int(key & 7);
    if (m_field == 0 || key >> 3 > 0x1fffffff
        || (m_wire != Varint && m_wire != Fixed64 && m_wire != LengthDelimited && m_wire != Fixed32)) {
        m_error = true;
        return false;
    }
    return true;
}

quint64 ProtoReader::varint()
{
    if (m_wire != Varint) {
        m_error = true;
        return 0;
    }
    quint64 v = 0;
    readVarint(v);
    return v;
}

QByteArray ProtoReader::bytes()
{
    if (m_wire != LengthDelimited) {
        m_error = true;
        return {};
    }
    quint64 len = 0;
    if (!readVarint(len))
        return {};
    if (len > quint64(m_data.size() - m_pos)) {
        m_error = true;
        return {};
    }
    const QByteArray out = m_data.mid(m_pos, int(len));
    m_pos += int(len);
    return out;
}

QString ProtoReader::string()
{
    const QByteArray b = bytes();
    const QString s = QString::fromUtf8(b);
    if (s.toUtf8() != b)
        m_error = true;
    return s;
}

void ProtoReader::skip()
{
    switch (m_wire) {
    case Varint:
        varint();
        break;
    case LengthDelimited:
        bytes();
        break;
    case Fixed64:
    case Fixed32: {
        const int n = m_wire == Fixed64 ? 8 : 4;
        if (m_data.size() - m_pos < n)
            m_error = true;
        else
            m_pos += n;
        break;
    }
    default:
        m_error = true;
    }
}

} // namespace debrief
