"""The same encoder as `encoder.py`, in torch, with a tagging head: used only for training.

Parameter names match the BERT checkpoint, so its weights load by name, and the trained
weights save by name for the numpy forward pass.
"""

from __future__ import annotations

import math

import torch
from torch import nn

from .pieces import ROLES


class _Embeddings(nn.Module):
    def __init__(self, vocab: int, hidden: int, positions: int) -> None:
        super().__init__()
        self.word_embeddings = nn.Embedding(vocab, hidden)
        self.position_embeddings = nn.Embedding(positions, hidden)
        self.token_type_embeddings = nn.Embedding(2, hidden)
        self.LayerNorm = nn.LayerNorm(hidden, eps=1e-12)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(ids.shape[1], device=ids.device)
        x = (
            self.word_embeddings(ids)
            + self.position_embeddings(positions)[None]
            + self.token_type_embeddings.weight[0]
        )
        return self.LayerNorm(x)


class _SelfAttention(nn.Module):
    def __init__(self, hidden: int) -> None:
        super().__init__()
        self.query = nn.Linear(hidden, hidden)
        self.key = nn.Linear(hidden, hidden)
        self.value = nn.Linear(hidden, hidden)


class _DenseNorm(nn.Module):
    def __init__(self, inner: int, hidden: int) -> None:
        super().__init__()
        self.dense = nn.Linear(inner, hidden)
        self.LayerNorm = nn.LayerNorm(hidden, eps=1e-12)


class _Attention(nn.Module):
    def __init__(self, hidden: int) -> None:
        super().__init__()
        self.self = _SelfAttention(hidden)
        self.output = _DenseNorm(hidden, hidden)


class _Intermediate(nn.Module):
    def __init__(self, hidden: int, inner: int) -> None:
        super().__init__()
        self.dense = nn.Linear(hidden, inner)


class _Layer(nn.Module):
    def __init__(self, hidden: int, inner: int, heads: int, dropout: float) -> None:
        super().__init__()
        self.attention = _Attention(hidden)
        self.intermediate = _Intermediate(hidden, inner)
        self.output = _DenseNorm(inner, hidden)
        self.heads = heads
        self.dropout = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, penalty: torch.Tensor) -> torch.Tensor:
        batch, length, hidden = x.shape
        size = hidden // self.heads

        def split(t: torch.Tensor) -> torch.Tensor:
            return t.view(batch, length, self.heads, size).transpose(1, 2)

        attention = self.attention.self
        query, key, value = (
            split(attention.query(x)), split(attention.key(x)), split(attention.value(x))
        )
        scores = query @ key.transpose(-1, -2) / math.sqrt(size) + penalty
        context = (scores.softmax(-1) @ value).transpose(1, 2).reshape(batch, length, hidden)
        out = self.attention.output
        x = out.LayerNorm(x + self.dropout(out.dense(context)))
        inner = nn.functional.gelu(self.intermediate.dense(x), approximate="tanh")
        return self.output.LayerNorm(x + self.dropout(self.output.dense(inner)))


class _Encoder(nn.Module):
    def __init__(self, layers: int, hidden: int, inner: int, heads: int, dropout: float) -> None:
        super().__init__()
        self.layer = nn.ModuleList(_Layer(hidden, inner, heads, dropout) for _ in range(layers))


class SpanTagger(nn.Module):
    """BERT encoder plus one B/I/O head per role (CUE, SRC, CON)."""

    def __init__(self, config: dict, dropout: float = 0.1) -> None:
        super().__init__()
        hidden = config["hidden_size"]
        self.embeddings = _Embeddings(
            config["vocab_size"], hidden, config["max_position_embeddings"]
        )
        self.encoder = _Encoder(
            config["num_hidden_layers"], hidden, config["intermediate_size"],
            config["num_attention_heads"], dropout,
        )
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, 3 * len(ROLES))

    def encode(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """The encoder's last hidden states (batch, length, hidden)."""
        penalty = ((1.0 - mask[:, None, None, :].float()) * -1e9)
        x = self.embeddings(ids)
        for layer in self.encoder.layer:
            x = layer(x, penalty)
        return x

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Logits (batch, length, roles, 3)."""
        logits = self.head(self.dropout(self.encode(ids, mask)))
        return logits.view(ids.shape[0], ids.shape[1], len(ROLES), 3)
