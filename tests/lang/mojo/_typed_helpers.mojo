# Imported by fn_import_module.mojo: a module's fn objects are usable from the importer's
# Python code; its main() does not run on import.
fn cube(x: Int) -> Int:
    return x * x * x

fn main():
    print("helper main must not run on import")
