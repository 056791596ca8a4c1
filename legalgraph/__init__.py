"""legalgraph: who implements which Vietnamese legal and administrative documents."""

__version__ = "0.1.0"
