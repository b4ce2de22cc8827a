#pragma once

#include <QByteArray>
#include <QString>

namespace debrief {

// Minimal protobuf wire-format reader for the handful of Anki messages we read (PackageMetadata,
// MediaEntries, Notetype/Field/Template configs, Deck.KindContainer). Hand-written instead of
// protoc-generated: we need ~10 fields of 6 messages, read-only, and this keeps the build free
// of a code generator in both Qt flavours. Every read is bounds-checked; malformed input sets
// error() and stops, it never reads past the buffer.
//     ProtoReader r(bytes);
//     while (r.next()) { if (r.field() == 1) name = r.string(); else r.skip(); }
//     if (r.error()) ...
class ProtoReader {
public:
    enum WireType { Varint = 0, Fixed64 = 1, LengthDelimited = 2, Fixed32 = 5 };

    explicit ProtoReader(const QByteArray &data) : m_data(data) {}

    // Advances to the next field; false at the end or on error.
    bool next();
    int field() const { return m_field; }
    int wireType() const { return m_wire; }

    // Value of the current field; each may be called once per field (or skip()).
    quint64 varint();
    QByteArray bytes();
    QString string();   // UTF-8; invalid UTF-8 sets error()
    void skip();

    bool error() const { return m_error; }

private:
    bool readVarint(quint64 &out);

    QByteArray m_data;
    int m_pos = 0;
    int m_field = 0;
    int m_wire = 0;
    bool m_error = false;
};

} // namespace debrief
