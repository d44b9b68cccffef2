"""Rendering: scenes from views, DOT from scenes, SVG master, PNG, PDF and text exports."""
