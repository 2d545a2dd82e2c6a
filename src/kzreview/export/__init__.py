"""Generated documents: a resolution as Akoma Ntoso XML (later: letters and notices).

Takes :mod:`kzreview.library` answers; must not import the interfaces (cli, api, web).
"""
