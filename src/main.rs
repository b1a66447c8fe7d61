/// mimalloc instead of the system allocator: a cold build allocates and frees millions of small
/// strings from two threads (CSL rendering, minifying), and glibc's malloc and free were a fifth
/// of its instructions (callgrind, README § Performance).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(dossier::cli::run());
}
