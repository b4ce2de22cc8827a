#include "storage/notetyperepository.h"

#include "storage/database.h"

namespace debrief {

namespace {

constexpr QChar kFieldSeparator(0x1f);   // field names are joined as Anki joins field values

Notetype readNotetype(const Statement &s)
{
    Notetype nt;
    nt.id = s.int64(0);
    nt.name = s.text(1);
    const int kind = s.integer(2);
    nt.kind = (kind >= 0 && kind <= int(NotetypeKind::Layers)) ? NotetypeKind(kind) : NotetypeKind::Standard;
    const QString fields = s.text(3);
    nt.fieldNames = fields.isEmpty() ? QStringList() : fields.split(kFieldSeparator);
    nt.css = s.text(4);
    nt.sortFieldIndex = s.integer(5);
    nt.markdownFields = s.integer(6) != 0;
    nt.modifiedSecs = s.int64(7);
    return nt;
}

} // namespace

Result<void> NotetypeRepository::writeTemplates(const Notetype &nt)
{
    Result<Statement> del = m_db.cached("DELETE FROM templates WHERE notetype_id = ?");
    if (!del)
        return del.error();
    del->bind(1, nt.id);
    if (Result<void> r = del->run(); !r)
        return r;
    for (size_t i = 0; i < nt.templates.size(); ++i) {
        Result<Statement> s = m_db.cached("INSERT INTO templates (notetype_id, ord, name, qfmt, afmt) VALUES (?, ?, ?, ?, ?)");
        if (!s)
            return s.error();
        const CardTemplate &t = nt.templates[i];
        s->bind(1, nt.id).bind(2, int(i)).bind(3, t.name).bind(4, t.questionFormat).bind(5, t.answerFormat);
        if (Result<void> r = s->run(); !r)
            return r;
    }
    return {};
}

Result<void> NotetypeRepository::insert(const Notetype &nt)
{
    Result<Statement> s = m_db.cached(
        "INSERT INTO notetypes (id, name, kind, fields, css, sort_field, markdown_fields, mod) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!s)
        return s.error();
    s->bind(1, nt.id).bind(2, nt.name).bind(3, int(nt.kind)).bind(4, nt.fieldNames.join(kFieldSeparator));
    s->bind(5, nt.css).bind(6, nt.sortFieldIndex).bind(7, nt.markdownFields ? 1 : 0).bind(8, nt.modifiedSecs);
    if (Result<void> r = s->run(); !r)
        return r;
    return writeTemplates(nt);
}

Result<bool> NotetypeRepository::update(const Notetype &nt)
{
    Result<Statement> s = m_db.cached(
        "UPDATE notetypes SET name = ?, kind = ?, fields = ?, css = ?, sort_field = ?, markdown_fields = ?, mod = ? WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, nt.name).bind(2, int(nt.kind)).bind(3, nt.fieldNames.join(kFieldSeparator)).bind(4, nt.css);
    s->bind(5, nt.sortFieldIndex).bind(6, nt.markdownFields ? 1 : 0).bind(7, nt.modifiedSecs).bind(8, nt.id);
    if (Result<void> r = s->run(); !r)
        return r.error();
    if (m_db.changes() == 0)
        return false;
    if (Result<void> r = writeTemplates(nt); !r)
        return r.error();
    return true;
}

Result<std::optional<Notetype>> NotetypeRepository::find(NotetypeId id)
{
    Result<Statement> s = m_db.cached(
        "SELECT id, name, kind, fields, css, sort_field, markdown_fields, mod FROM notetypes WHERE id = ?");
    if (!s)
        return s.error();
    s->bind(1, id);
    Result<std::optional<Notetype>> nt = s->firstRow(readNotetype);
    if (!nt || !*nt)
        return nt;
    Result<Statement> t = m_db.cached("SELECT name, qfmt, afmt FROM templates WHERE notetype_id = ? ORDER BY ord");
    if (!t)
        return t.error();
    t->bind(1, id);
    std::vector<CardTemplate> &templates = (*nt)->templates;
    if (Result<void> r = t->forEachRow([&](const Statement &row) {
            templates.push_back(CardTemplate{row.text(0), row.text(1), row.text(2)});
        });
        !r)
        return r.error();
    return nt;
}

Result<std::optional<NotetypeId>> NotetypeRepository::idByName(const QString &name)
{
    Result<Statement> s = m_db.cached("SELECT id FROM notetypes WHERE name = ? ORDER BY id LIMIT 1");
    if (!s)
        return s.error();
    s->bind(1, name);
    return s->firstRow([](const Statement &row) -> NotetypeId { return row.int64(0); });
}

Result<std::vector<NotetypeId>> NotetypeRepository::idsByName()
{
    Result<Statement> s = m_db.cached("SELECT id FROM notetypes ORDER BY name");
    if (!s)
        return s.error();
    std::vector<NotetypeId> ids;
    if (Result<void> r = s->forEachRow([&](const Statement &row) { ids.push_back(row.int64(0)); }); !r)
        return r.error();
    return ids;
}

} // namespace debrief
