//! Enums kept in the data file as text: one macro writes the stored name, the list of values
//! and the lenient read back (an unknown name reads as the enum's fallback, so a file written
//! by a newer version still opens).

/// `stored_enum!(Type, fallback: Variant, { Variant => "name", … })` implements
/// `Type::ALL`, `as_str`, `from_db`, and rusqlite's `ToSql`/`FromSql` for a plain enum.
#[macro_export]
macro_rules! stored_enum {
    ($ty:ident, fallback: $fallback:ident, { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            pub const ALL: [$ty; [$($name),+].len()] = [$($ty::$variant),+];

            /// The name this value is stored and sent under.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $name),+
                }
            }

            /// Reads a stored name; an unknown one reads as the fallback.
            pub fn from_db(text: &str) -> $ty {
                match text {
                    $($name => $ty::$variant,)+
                    _ => $ty::$fallback,
                }
            }
        }

        impl rusqlite::types::ToSql for $ty {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.as_str().into())
            }
        }

        impl rusqlite::types::FromSql for $ty {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                value.as_str().map($ty::from_db)
            }
        }
    };
}
