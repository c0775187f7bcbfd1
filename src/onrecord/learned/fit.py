"""The fine-tuning loop of the span tagger: torch and numpy only.

Kept apart from `train_transformer.py` (which reads PolNeAR and tokenises with spaCy) so
the same loop runs wherever torch does, on a CPU or, to sweep settings quickly, a GPU.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from .pieces import ROLES

log = logging.getLogger(__name__)

IGNORE = -100


@dataclass(slots=True)
class TransformerSettings:
    window: int = 128  # pieces per window, [CLS] and [SEP] excluded
    stride: int = 112
    # 10 epochs at 1.5e-4 beat 3 at 8e-5 on held-out train articles (docs/model.md)
    epochs: int = 10
    batch: int = 32
    learning_rate: float = 1.5e-4
    head_learning_rate: float = 1e-3
    weight_decay: float = 0.01
    warmup: float = 0.06
    threads: int = 2
    b_weight: float = 3.0  # loss weight of B labels: rare, and they decide exact starts


@dataclass(slots=True)
class Example:
    ids: list[int]  # with [CLS] and [SEP]
    labels: list[list[int]]  # per piece position, per role; IGNORE where not a token start


def _batches(examples: Sequence[Example], size: int, rng: random.Random, pad_id: int, device):
    import torch

    order = list(range(len(examples)))
    rng.shuffle(order)
    for offset in range(0, len(order), size):
        chosen = [examples[i] for i in order[offset:offset + size]]
        length = max(len(e.ids) for e in chosen)
        ids = torch.full((len(chosen), length), pad_id, dtype=torch.long)
        mask = torch.zeros((len(chosen), length))
        labels = torch.full((len(chosen), length, len(ROLES)), IGNORE, dtype=torch.long)
        for row, example in enumerate(chosen):
            n = len(example.ids)
            ids[row, :n] = torch.tensor(example.ids)
            mask[row, :n] = 1
            labels[row, :n] = torch.tensor(example.labels)
        yield ids.to(device), mask.to(device), labels.to(device)


def optimise(loss, model, optimiser, schedule) -> float:
    """One step of either trainer: back-propagate, clip gradients to norm 1, step the
    optimiser and its schedule; returns the loss."""
    import torch

    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimiser.step()
    schedule.step()
    optimiser.zero_grad()
    return float(loss.detach())


def learning_rate_factor(step: int, total: int, warmup: int) -> float:
    """Linear warm-up, then linear decay to zero."""
    return min((step + 1) / warmup, max(0.0, (total - step) / max(1, total - warmup)))


def untouched_row_factor(settings: TransformerSettings, steps: int) -> float:
    """What AdamW's decoupled weight decay alone does to a weight that never gets a gradient
    (a vocabulary row no training text uses) over `steps` steps: it is multiplied by this."""
    warmup = max(1, int(steps * settings.warmup))
    factor = 1.0
    for step in range(steps):
        rate = settings.learning_rate * learning_rate_factor(step, steps, warmup)
        factor *= 1.0 - rate * settings.weight_decay
    return factor


def fit(
    examples: Sequence[Example],
    config: dict,
    base_state: dict,
    settings: TransformerSettings,
    *,
    seed: int,
    pad_id: int,
    device: str = "cpu",
    max_steps: int | None = None,
    on_epoch: Callable[[int, object], None] | None = None,
) -> tuple[dict[str, np.ndarray], int]:
    """Fine-tune from `base_state` (checkpoint tensors by name); returns float32 weights
    by name and the number of steps taken. `on_epoch(epoch, model)` may score the model
    after each epoch (it is put back in training mode afterwards)."""
    import torch

    from .torch_model import SpanTagger

    torch.manual_seed(seed)
    torch.set_num_threads(settings.threads)
    model = SpanTagger(config)
    state = {k: v for k, v in base_state.items()
             if not k.startswith("pooler.") and "position_ids" not in k}
    model.load_state_dict(state, strict=False)
    model.to(device)
    head = [p for n, p in model.named_parameters() if n.startswith("head.")]
    body_decay = [p for n, p in model.named_parameters()
                  if not n.startswith("head.") and p.ndim == 2]
    body_plain = [p for n, p in model.named_parameters()
                  if not n.startswith("head.") and p.ndim < 2]
    optimiser = torch.optim.AdamW([
        {"params": body_decay, "weight_decay": settings.weight_decay, "lr": settings.learning_rate},
        {"params": body_plain, "weight_decay": 0.0, "lr": settings.learning_rate},
        {"params": head, "weight_decay": 0.0, "lr": settings.head_learning_rate},
    ])
    steps_per_epoch = (len(examples) + settings.batch - 1) // settings.batch
    total = steps_per_epoch * settings.epochs if max_steps is None else max_steps
    warmup = max(1, int(total * settings.warmup))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: learning_rate_factor(step, total, warmup)
    )
    class_weights = torch.tensor([1.0, settings.b_weight, 1.0], device=device)
    loss_fn = torch.nn.CrossEntropyLoss(weight=class_weights, ignore_index=IGNORE)
    rng = random.Random(seed)
    step = 0
    began = time.monotonic()
    model.train()
    for epoch in range(settings.epochs):
        running = 0.0
        for ids, mask, labels in _batches(examples, settings.batch, rng, pad_id, device):
            logits = model(ids, mask)
            running += optimise(loss_fn(logits.reshape(-1, 3), labels.reshape(-1)),
                                model, optimiser, schedule)
            step += 1
            if step % 20 == 0:
                log.info("epoch %d step %d/%d loss %.4f (%.0f s)", epoch + 1, step, total,
                         running / 20, time.monotonic() - began)
                running = 0.0
            if step >= total:
                break
        if on_epoch is not None:
            model.eval()
            with torch.no_grad():
                on_epoch(epoch + 1, model)
            model.train()
        if step >= total:
            break
    model.eval()
    weights = {name: tensor.detach().cpu().numpy().astype(np.float32)
               for name, tensor in model.state_dict().items()}
    return weights, step
