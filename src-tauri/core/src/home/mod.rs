//! Home: the dashboard of what is running and what it brought.
