"""Run stages that sit between the store and a pure library (scoring, ...): read facts
in bulk, call the library, write the results back."""
