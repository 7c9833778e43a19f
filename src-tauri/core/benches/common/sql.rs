//! The bare-SQL references the query benchmarks compare with.

/// Runs `sql` and reads every column of every row, as the reference for a query: returns the
/// number of rows.
pub fn read_rows(
    conn: &rusqlite::Connection,
    sql: &str,
    values: &[rusqlite::types::Value],
) -> usize {
    let mut stmt = conn.prepare_cached(sql).unwrap();
    let columns = stmt.column_count();
    let mut rows = stmt
        .query(rusqlite::params_from_iter(values.iter()))
        .unwrap();
    let mut n = 0;
    while let Some(row) = rows.next().unwrap() {
        for i in 0..columns {
            let _ = row.get_ref(i).unwrap();
        }
        n += 1;
    }
    n
}
