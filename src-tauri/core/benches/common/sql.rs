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

/// The bare SQL of one page: its count, then its rows read whole.
pub fn bare_page(
    conn: &rusqlite::Connection,
    count: &str,
    values: &[rusqlite::types::Value],
    page: &str,
    page_values: &[rusqlite::types::Value],
) -> usize {
    let total: i64 = conn
        .prepare_cached(count)
        .unwrap()
        .query_row(rusqlite::params_from_iter(values.iter()), |r| r.get(0))
        .unwrap();
    total as usize + read_rows(conn, page, page_values)
}
