"""Engagements: act detection and the category policy (TAXONOMY §3).

The public entry point is :func:`pipeline.engagement.policy.decide_engagement`.
"""
