"""The only package that imports spaCy. Nothing spaCy-shaped leaves it."""
