# importlib: import_module() of a name the code spells out imports that
# module as an import statement would (settings modules choose one by an
# environment variable's default). A name the analysis cannot know leaves
# the module opaque.
def import_module(name, package=None):
    return _schemac_import_module(name, package)
