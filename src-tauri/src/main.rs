fn main() {
    std::process::exit(shoutout_app::main_entry());
}
