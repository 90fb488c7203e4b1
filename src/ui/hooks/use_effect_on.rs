//! `use_effect_on(deps, effect)`: Yew's `use_effect_with`, with the same behaviour (the effect
//! runs after a render in which `deps` changed; what it returns tears down before the next run
//! and on unmount), but one copy of Yew's effect machinery serves the whole app. `use_effect_with`
//! is compiled afresh for every call site (its closure is a type of its own), about 100 bytes of
//! gzipped wasm each; here deps and effect are boxed behind trait objects, so a call site only
//! adds its own closure.

use std::any::Any;

use yew::functional::{Hook, TearDown};
use yew::prelude::*;

/// Deps of any comparable type, compared with the deps of the previous render.
trait Deps {
    fn same_as(&self, previous: &dyn Any) -> bool;
    fn as_any(&self) -> &dyn Any;
}

impl<T: PartialEq + 'static> Deps for T {
    fn same_as(&self, previous: &dyn Any) -> bool {
        previous.downcast_ref::<T>() == Some(self)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

struct AnyDeps(Box<dyn Deps>);

impl PartialEq for AnyDeps {
    fn eq(&self, other: &Self) -> bool {
        self.0.same_as(other.0.as_any())
    }
}

type Effect = Box<dyn FnOnce(&dyn Any) -> Box<dyn FnOnce()>>;

#[hook]
fn use_any_effect(deps: Box<dyn Deps>, effect: Effect) {
    use_effect_with(AnyDeps(deps), move |deps| effect(deps.0.as_any()));
}

/// Runs `effect(&deps)` after a render in which `deps` changed (see the module doc).
pub fn use_effect_on<T, D>(deps: T, effect: impl FnOnce(&T) -> D + 'static) -> impl Hook<Output = ()>
where
    T: PartialEq + 'static,
    D: TearDown,
{
    use_any_effect(
        Box::new(deps),
        Box::new(move |deps: &dyn Any| -> Box<dyn FnOnce()> {
            match deps.downcast_ref::<T>() {
                Some(deps) => {
                    let teardown = effect(deps);
                    Box::new(move || teardown.tear_down())
                }
                None => Box::new(|| ()),
            }
        }),
    )
}
